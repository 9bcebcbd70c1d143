"use client";

import { useActionState, useState } from "react";
import type { Messages } from "@/lib/messages/en";
import type { StepActionResult, StepTyped } from "@/lib/onboarding/step-action-result";
import { errorId, FieldError } from "./signup-record-field-error";
import { RecordResult, recordButtonClass } from "./signup-record-result";

// One onboarding step's form on the record: mark it done (the day, and what the step records),
// change what it recorded, or clear it. A plain form posted to its server action, so it works
// before any script has loaded; the answer (and, when refused, what was typed) comes back as
// the action's state, with and without JavaScript. With script, the server's schema checks the
// fields first, so a mistake is shown without a round trip.

export type StepFormAction = (previous: StepActionResult | null, form: FormData) => Promise<StepActionResult>;

type Props = {
  signupId: string;
  step: string;
  instance: string;
  /** A unique prefix for this form's field ids. */
  idPrefix: string;
  isDone: boolean;
  /** Staff may clear it only: the volunteer does it from their own page. */
  isVolunteerOnly: boolean;
  current: StepTyped;
  text?: { label: string; max: number; required: boolean };
  hasExpiry: boolean;
  /** The organization's today, YYYY-MM-DD: the latest day it can have been done. */
  today: string;
  messages: Messages["admin"]["record"]["steps"];
  saving: string;
  action: StepFormAction;
};

const inputClass =
  "mt-1 block w-full max-w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";
const describedBy = (id: string, error: string | undefined, hint?: string) =>
  [hint, error ? errorId(id) : undefined].filter(Boolean).join(" ") || undefined;

export function RecordStepForm(props: Props) {
  const { signupId, step, instance, idPrefix: id, isDone, messages: m } = props;
  const [result, formAction, isPending] = useActionState(props.action, null);
  // What the person typed since the last answer; a refused save's answer brings it back (also
  // without script), a saved one shows the step as stored.
  const [typed, setTyped] = useState<{ after: StepActionResult | null; values: StepTyped } | null>(null);
  const refused = result && result.status !== "ok" ? result : null;
  const shown = typed && typed.after === result ? typed.values : (refused?.values ?? props.current);
  // The server's schema checks every save (lib/onboarding/step-form.ts); its errors come back
  // next to the fields. Not checked here first: that would put zod on the record page.
  const errors = refused?.fieldErrors ?? {};
  const answer: StepActionResult | null = result;
  const hasErrors = Object.keys(errors).length > 0;
  const set = (change: Partial<StepTyped>) => setTyped({ after: result, values: { ...shown, ...change } });
  const clear = isDone ? (
    <button
      type="submit"
      name="intent"
      value="clear"
      formNoValidate
      className="rounded-md border border-brand px-4 py-2 font-semibold text-brand"
    >
      {m.clear}
    </button>
  ) : null;
  const hidden = (
    <>
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="instance" value={instance} />
    </>
  );
  if (props.isVolunteerOnly) {
    return (
      <form action={formAction} className="mt-2">
        {hidden}
        <p className="text-sm text-muted">{m.volunteerOnly}</p>
        {clear ? <div className="mt-2">{clear}</div> : null}
        <RecordResult result={result} />
      </form>
    );
  }
  return (
    <form action={formAction} className="mt-2">
      {hidden}
      <details open={hasErrors || undefined}>
        <summary className="cursor-pointer font-semibold text-brand underline">
          {isDone ? m.edit : m.markDone}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-on`} className="block">
              {m.completedOn}
            </label>
            <input
              id={`${id}-on`}
              name="completedOn"
              type="date"
              max={props.today}
              value={shown.completedOn}
              onChange={(event) => set({ completedOn: event.target.value })}
              aria-invalid={errors.completedOn ? true : undefined}
              aria-describedby={describedBy(`${id}-on`, errors.completedOn, `${id}-on-hint`)}
              className={inputClass}
            />
            <p id={`${id}-on-hint`} className="text-sm text-muted">
              {m.completedOnHint}
            </p>
            <FieldError id={`${id}-on`} error={errors.completedOn} />
          </div>
          {props.hasExpiry ? (
            <div>
              <label htmlFor={`${id}-expires`} className="block">
                {m.expiresOn}
              </label>
              <input
                id={`${id}-expires`}
                name="expiresOn"
                type="date"
                required
                value={shown.expiresOn}
                onChange={(event) => set({ expiresOn: event.target.value })}
                aria-invalid={errors.expiresOn ? true : undefined}
                aria-describedby={describedBy(`${id}-expires`, errors.expiresOn)}
                className={inputClass}
              />
              <FieldError id={`${id}-expires`} error={errors.expiresOn} />
            </div>
          ) : null}
          {props.text ? (
            <div className="sm:col-span-2">
              <label htmlFor={`${id}-value`} className="block">
                {props.text.label}
              </label>
              <input
                id={`${id}-value`}
                name="value"
                type="text"
                required={props.text.required}
                maxLength={props.text.max}
                value={shown.value}
                onChange={(event) => set({ value: event.target.value })}
                aria-invalid={errors.value ? true : undefined}
                aria-describedby={describedBy(`${id}-value`, errors.value)}
                className={inputClass}
              />
              <FieldError id={`${id}-value`} error={errors.value} />
            </div>
          ) : null}
        </div>
        <div className="mt-3 flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="save"
            aria-busy={isPending}
            className={recordButtonClass}
          >
            {isPending ? props.saving : isDone ? m.saveChange : m.markDone}
          </button>
          {clear}
        </div>
      </details>
      <RecordResult result={answer} />
    </form>
  );
}
