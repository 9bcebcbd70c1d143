"use client";

import { useActionState } from "react";
import { describedBy, FieldError, FieldHint } from "@/components/forms/field-error";
import type { Messages } from "@/lib/messages/en";
import { plural } from "@/lib/messages/plural";
import { buttonClass, Notice } from "./field";

// Change National Pro Bono Week's dates and callout. useActionState with a server action:
// without JavaScript the post renders the page again with this state, so what was typed and
// the problem next to each field come back either way.

type Words = Messages["admin"]["proBonoWeek"];
export type ProBonoWeekFormValues = { start: string; end: string; calloutEn: string; calloutEs: string };
export type ProBonoWeekFormState = {
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  values?: ProBonoWeekFormValues;
} | null;

type Props = {
  initial: ProBonoWeekFormValues;
  maxLength: number;
  messages: Words;
  action: (previous: ProBonoWeekFormState, form: FormData) => Promise<ProBonoWeekFormState>;
};

const CONTROL = "mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base";

export function ProBonoWeekForm({ initial, maxLength, messages: m, action }: Props) {
  const [state, submit, isPending] = useActionState(action, null);
  const values = state?.values ?? initial;
  const errors = state?.fieldErrors ?? {};
  const border = (name: string) => (errors[name] ? "border-red-800" : "border-black/40");
  const invalid = (name: string) => (errors[name] ? true : undefined);

  const date = (name: "start" | "end") => (
    <div className="mt-4">
      <label htmlFor={`pbw-${name}`} className="block font-medium">
        {m.fields[name]}
      </label>
      <input
        id={`pbw-${name}`}
        name={name}
        type="date"
        defaultValue={values[name]}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy("pbw-dates-hint", errors[name] && `pbw-${name}-error`)}
        className={`${CONTROL} ${border(name)}`}
      />
      <FieldError id={`pbw-${name}-error`} message={errors[name]} />
    </div>
  );

  const callout = (name: "calloutEn" | "calloutEs") => (
    <div className="mt-4">
      <label htmlFor={`pbw-${name}`} className="block font-medium">
        {m.fields[name]}
      </label>
      <textarea
        id={`pbw-${name}`}
        name={name}
        rows={4}
        maxLength={maxLength}
        defaultValue={values[name]}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy("pbw-callout-hint", errors[name] && `pbw-${name}-error`)}
        className={`${CONTROL} ${border(name)}`}
      />
      <FieldError id={`pbw-${name}-error`} message={errors[name]} />
    </div>
  );

  return (
    <form action={submit} noValidate className="mt-4">
      {state?.message ? <Notice tone="error">{state.message}</Notice> : null}
      <fieldset className="mt-2">
        <legend className="sr-only">
          {m.fields.start} / {m.fields.end}
        </legend>
        <FieldHint id="pbw-dates-hint" hint={m.fields.datesHint} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          {date("start")}
          {date("end")}
        </div>
      </fieldset>
      <div className="mt-6">
        <FieldHint
          id="pbw-callout-hint"
          hint={plural("en", m.fields.calloutHint, maxLength, { dates: "{dates}" })}
        />
        {callout("calloutEn")}
        {callout("calloutEs")}
      </div>
      <button type="submit" className={buttonClass} disabled={isPending}>
        {isPending ? m.saving : m.save}
      </button>
    </form>
  );
}
