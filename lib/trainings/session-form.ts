import { z } from "zod";
import { LOCALES } from "../i18n/languages";
import { ROLES } from "../signup/options";

// The staff form for a training session: its one schema, read from the posted form. The day and
// times are the organization's (ORG_TIME_ZONE); lib/trainings/sessions.ts turns them into
// instants. A problem is a code per field, put in words by the page (admin.trainings.errors).

export const TRAINING_LIMITS = { title: 120, place: 200, videoUrl: 500, creditNote: 200, capacity: 500 };

export type TrainingFieldError =
  "required" | "tooLong" | "day" | "time" | "endBeforeStart" | "url" | "where" | "capacity" | "roles";

const text = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, "tooLong"));

export const TrainingFormSchema = z
  .object({
    id: z.union([z.uuid(), z.literal("")]).default(""),
    version: z.coerce.number().int().min(0).default(0),
    title: text(TRAINING_LIMITS.title).pipe(z.string().min(1, "required")),
    roles: z.array(z.enum(ROLES)).min(1, "roles"),
    day: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "day")
      .refine((d) => !Number.isNaN(Date.parse(d)), "day"),
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time"),
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time"),
    place: text(TRAINING_LIMITS.place),
    videoUrl: text(TRAINING_LIMITS.videoUrl).refine(
      (v) => v === "" || /^https:\/\/[^\s/]+\.[^\s]+$/.test(v),
      "url",
    ),
    capacity: z.coerce
      .number("capacity")
      .int("capacity")
      .min(1, "capacity")
      .max(TRAINING_LIMITS.capacity, "capacity"),
    language: z.enum(LOCALES as [string, ...string[]]),
    creditNote: text(TRAINING_LIMITS.creditNote),
  })
  .superRefine((form, ctx) => {
    if (form.end <= form.start) ctx.addIssue({ code: "custom", path: ["end"], message: "endBeforeStart" });
    if (!form.place && !form.videoUrl) ctx.addIssue({ code: "custom", path: ["place"], message: "where" });
  });

export type TrainingForm = z.infer<typeof TrainingFormSchema>;

/** The posted form as the schema reads it: roles are the checked boxes. */
export function trainingFormInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(
    [...form.entries()].filter(([name]) => name !== "roles" && !name.startsWith("$")),
  );
  input.roles = form.getAll("roles").map(String);
  return input;
}

/** The first problem of each field, as a code. */
export function trainingFieldErrors(
  error: z.ZodError,
): Partial<Record<keyof TrainingForm, TrainingFieldError>> {
  const errors: Partial<Record<string, TrainingFieldError>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "title");
    const known = [
      "required",
      "tooLong",
      "day",
      "time",
      "endBeforeStart",
      "url",
      "where",
      "capacity",
      "roles",
    ] as const;
    const code = (known as readonly string[]).includes(issue.message)
      ? (issue.message as TrainingFieldError)
      : "required";
    errors[field] ??= code;
  }
  return errors;
}
