"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/admin/action-result";
import { DISPLAY_NAME_MAX } from "@/lib/admin/display-name-limit";
import type { Messages } from "@/lib/messages/en";
import { plural } from "@/lib/messages/plural";
import { buttonClass, Notice } from "./field";

type FormAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** The staff member's display name; a refusal shows under the field, with what was typed kept. */
export function AccountNameForm({
  name,
  messages: m,
  action,
}: {
  name: string;
  messages: Messages["admin"]["account"];
  action: FormAction;
}) {
  const [result, save, isSaving] = useActionState(action, null);
  // Controlled, so a refused name stays as typed (a form action resets uncontrolled fields).
  const [value, setValue] = useState(name);
  const isInvalid = result?.status === "invalid";
  return (
    <form action={save}>
      <p className="mt-2">{m.displayNameLead}</p>
      {result?.status === "ok" ? <Notice tone="info">{result.message}</Notice> : null}
      <div className="mt-4">
        <label htmlFor="display-name" className="block font-medium">
          {m.displayNameLabel}
        </label>
        <p id="display-name-hint" className="text-muted">
          {plural("en", m.displayNameHint, DISPLAY_NAME_MAX)}
        </p>
        <input
          id="display-name"
          name="name"
          autoComplete="name"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          required
          maxLength={DISPLAY_NAME_MAX}
          aria-invalid={isInvalid || undefined}
          aria-describedby={isInvalid ? "display-name-hint display-name-error" : "display-name-hint"}
          className="mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base"
        />
        {isInvalid ? (
          <p id="display-name-error" className="mt-1 font-medium text-red-800">
            {result.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className={buttonClass} disabled={isSaving}>
        {m.displayNameSave}
      </button>
    </form>
  );
}
