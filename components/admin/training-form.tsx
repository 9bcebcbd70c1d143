"use client";

import { useActionState } from "react";
import { describedBy, FieldError, FieldHint } from "@/components/forms/field-error";
import type { Messages } from "@/lib/messages/en";
import { buttonClass, Notice } from "./field";

// Create or change a training session. useActionState with a server action: without
// JavaScript the post renders the page again with this state, so what was typed and the
// problem next to each field come back either way.

type Words = Messages["admin"]["trainings"];
export type TrainingFormValues = Record<string, string | string[]>;
export type TrainingFormState = {
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  values?: TrainingFormValues;
} | null;

type Props = {
  initial: TrainingFormValues;
  roles: { value: string; label: string }[];
  languages: { value: string; label: string }[];
  timesIn: string;
  messages: Words;
  action: (previous: TrainingFormState, form: FormData) => Promise<TrainingFormState>;
};

const CONTROL = "mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base";

export function TrainingForm({ initial, roles, languages, timesIn, messages: m, action }: Props) {
  const [state, submit, isPending] = useActionState(action, null);
  const values = state?.values ?? initial;
  const errors = state?.fieldErrors ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const checked = new Set(Array.isArray(values.roles) ? values.roles : []);

  const input = (name: keyof Words["fields"], type: string, extra: Record<string, unknown> = {}) => {
    const hintKey = `${name}Hint` as keyof Words["fields"];
    const hint = hintKey in m.fields ? m.fields[hintKey] : undefined;
    return (
      <div className="mt-4">
        <label htmlFor={`training-${name}`} className="block font-medium">
          {m.fields[name]}
        </label>
        <FieldHint id={`training-${name}-hint`} hint={hint} />
        <input
          id={`training-${name}`}
          name={name}
          type={type}
          defaultValue={text(name)}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy(
            hint && `training-${name}-hint`,
            errors[name] && `training-${name}-error`,
          )}
          className={`${CONTROL} ${errors[name] ? "border-red-800" : "border-black/40"}`}
          {...extra}
        />
        <FieldError id={`training-${name}-error`} message={errors[name]} />
      </div>
    );
  };

  return (
    <form action={submit} className="mt-6 max-w-2xl rounded-lg bg-white p-4 shadow-sm sm:p-5">
      {state?.message ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="id" value={text("id")} />
      <input type="hidden" name="version" value={text("version")} />
      {input("title", "text", { required: true, maxLength: 120 })}
      <fieldset className="mt-4" aria-describedby={errors.roles ? "training-roles-error" : undefined}>
        <legend className="font-medium">{m.fields.roles}</legend>
        {roles.map((role) => (
          <label key={role.value} className="mr-6 inline-flex items-center gap-2">
            <input type="checkbox" name="roles" value={role.value} defaultChecked={checked.has(role.value)} />
            {role.label}
          </label>
        ))}
        <FieldError id="training-roles-error" message={errors.roles} />
      </fieldset>
      <p className="mt-4 text-muted">{timesIn}</p>
      <div className="grid gap-x-4 sm:grid-cols-3">
        {input("day", "date", { required: true })}
        {input("start", "time", { required: true })}
        {input("end", "time", { required: true })}
      </div>
      {input("place", "text", { maxLength: 200 })}
      {input("videoUrl", "url", { maxLength: 500 })}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {input("capacity", "number", { required: true, min: 1, max: 500 })}
        <div className="mt-4">
          <label htmlFor="training-language" className="block font-medium">
            {m.fields.language}
          </label>
          <select
            id="training-language"
            name="language"
            defaultValue={text("language")}
            className={`${CONTROL} border-black/40`}
          >
            {languages.map((language) => (
              <option key={language.value} value={language.value}>
                {language.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {input("creditNote", "text", { maxLength: 200 })}
      <button type="submit" className={buttonClass} disabled={isPending}>
        {text("id") ? m.save : m.create}
      </button>
    </form>
  );
}
