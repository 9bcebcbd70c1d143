import { z } from "zod";
import type { Messages } from "../messages/en";
import { isPlural, plural } from "../messages/plural";
import { findStep, type StepDefinition } from "./steps";

// The record's form for one onboarding step, parsed by the browser's form and the server
// action alike. What a step records (a required text, its length, an expiry) comes from its
// definition in steps.ts, so a new step needs no new form. "Today" is an argument: the day
// is the organization's (ORG_TIME_ZONE), which the page hands to the form.

/** Save marks the step done (or changes what it recorded); clear takes the completion away. */
export const STEP_INTENTS = ["save", "clear"] as const;
export type StepIntent = (typeof STEP_INTENTS)[number];

/** The fields a person fills in: where an error is shown. */
export const STEP_FIELDS = ["completedOn", "expiresOn", "value"] as const;
export type StepField = (typeof STEP_FIELDS)[number];

/** Why a field is refused; the action words each (admin.record.steps.errors). */
export type StepFieldError = "required" | "tooLong" | "notADay" | "future" | "beforeDone";

/** A pair's key is the volunteer's two languages, lower-cased: bounded like their answers. */
const INSTANCE_MAX = 250;

const day = z.iso.date();
/** A field left out reads as empty: "" and absent are one answer. */
const optional = z
  .string()
  .trim()
  .default("")
  .transform((value) => value || null);

const FormFields = z.object({
  signupId: z.uuid(),
  step: z.string().refine((key) => findStep(key) !== undefined),
  instance: z.string().max(INSTANCE_MAX).default(""),
  intent: z.enum(STEP_INTENTS).default("save"),
  completedOn: optional,
  expiresOn: optional,
  // Its length is the step's own (stepFieldErrors), so the error names that limit.
  value: optional,
});

/** The step's own rules over the fields; `today` is the organization's day, YYYY-MM-DD. */
export function stepFieldErrors(
  step: StepDefinition,
  fields: { completedOn: string | null; expiresOn: string | null; value: string | null },
  today: string,
): Partial<Record<StepField, StepFieldError>> {
  const errors: Partial<Record<StepField, StepFieldError>> = {};
  const completedOn = fields.completedOn ?? today;
  if (!day.safeParse(completedOn).success) errors.completedOn = "notADay";
  else if (completedOn > today) errors.completedOn = "future";
  if (step.records.expires) {
    if (fields.expiresOn === null) errors.expiresOn = "required";
    else if (!day.safeParse(fields.expiresOn).success) errors.expiresOn = "notADay";
    else if (!errors.completedOn && fields.expiresOn < completedOn) errors.expiresOn = "beforeDone";
  }
  const text = step.records.text;
  if (text?.required && fields.value === null) errors.value = "required";
  else if (text && fields.value !== null && fields.value.length > text.max) errors.value = "tooLong";
  return errors;
}

/**
 * The form for `today`: a save's fields are checked against its step's definition (an error's
 * message is its StepFieldError, its path the field); a clear needs only which step. What a
 * step does not record is dropped (an expiry on a step that has none, a text on one without).
 */
export function stepFormSchema(today: string) {
  return FormFields.superRefine((form, context) => {
    const step = findStep(form.step);
    if (!step || form.intent === "clear") return;
    for (const [field, code] of Object.entries(stepFieldErrors(step, form, today))) {
      context.addIssue({ code: "custom", path: [field], message: code });
    }
  }).transform((form) => {
    const step = findStep(form.step)!;
    return {
      ...form,
      completedOn: form.completedOn ?? today,
      expiresOn: step.records.expires ? form.expiresOn : null,
      value: step.records.text ? form.value : null,
    };
  });
}

export type StepForm = z.infer<ReturnType<typeof stepFormSchema>>;

/** The field errors of a refused form, by field (the first for each). */
export function stepFormErrors(
  issues: readonly z.core.$ZodIssue[],
): Partial<Record<StepField, StepFieldError>> {
  const errors: Partial<Record<StepField, StepFieldError>> = {};
  for (const issue of issues) {
    const field = STEP_FIELDS.find((name) => name === issue.path[0]);
    if (field && !errors[field]) errors[field] = issue.message as StepFieldError;
  }
  return errors;
}

/** The errors in words, each for its field; a text's limit is its step's. */
export function stepErrorWords(
  errors: Partial<Record<StepField, StepFieldError>>,
  words: Messages["admin"]["record"]["steps"]["errors"],
  stepKey: string,
): Partial<Record<StepField, string>> {
  const max = findStep(stepKey)?.records.text?.max ?? 0;
  return Object.fromEntries(
    Object.entries(errors).map(([field, code]) => {
      const text = words[code];
      return [field, isPlural(text) ? plural("en", text, max) : text];
    }),
  );
}
