"use client";

import { useActionState } from "react";
import { describedBy, FieldError, FieldHint } from "@/components/forms/field-error";
import type { Messages } from "@/lib/messages/en";
import { buttonClass, Notice } from "./field";

// Create a campaign link. useActionState with a server action: without JavaScript the post
// renders the page again with this state, so what was typed and each field's problem come back.
// The server's schema (lib/attribution/campaign-link-form.ts) checks every field.

type Words = Messages["admin"]["campaigns"];
export type CampaignFormState = {
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  values?: Record<string, string>;
} | null;

type Props = {
  messages: Words;
  action: (previous: CampaignFormState, form: FormData) => Promise<CampaignFormState>;
};

const CONTROL = "mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base";
const FIELDS = [
  { name: "name", maxLength: 120, required: true },
  { name: "code", maxLength: 40, required: true },
  { name: "targetPath", maxLength: 200, required: true },
  { name: "utmCampaign", maxLength: 60, required: false },
] as const;

export function CampaignForm({ messages: m, action }: Props) {
  const [state, submit, isPending] = useActionState(action, null);
  const values = state?.values ?? {};
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={submit} className="mt-4 max-w-2xl rounded-lg bg-white p-4 shadow-sm sm:p-5">
      {state?.message ? <Notice tone="error">{state.message}</Notice> : null}
      {FIELDS.map(({ name, maxLength, required }) => {
        const id = `campaign-${name}`;
        const hint = m.fields[`${name}Hint`];
        return (
          <div className="mt-4" key={name}>
            <label htmlFor={id} className="block font-medium">
              {m.fields[name]}
            </label>
            <FieldHint id={`${id}-hint`} hint={hint} />
            <input
              id={id}
              name={name}
              type="text"
              defaultValue={values[name] ?? ""}
              maxLength={maxLength}
              required={required}
              autoCapitalize="none"
              spellCheck={name === "name"}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={describedBy(`${id}-hint`, errors[name] && `${id}-error`)}
              className={`${CONTROL} ${errors[name] ? "border-red-800" : "border-black/40"}`}
            />
            <FieldError id={`${id}-error`} message={errors[name]} />
          </div>
        );
      })}
      <button type="submit" className={buttonClass} disabled={isPending}>
        {m.create}
      </button>
    </form>
  );
}
