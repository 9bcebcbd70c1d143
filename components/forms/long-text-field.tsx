"use client";

import { useEffect, useState } from "react";
import type { Messages } from "@/lib/messages/en";
import { plural } from "@/lib/messages/plural";
import { describedBy, FieldError, FieldHint } from "./field-error";
import { fieldIds, useFormApi, valueAt } from "./form-context";
import { FieldLabel } from "./text-field";

function countMessage(m: Messages["forms"], locale: string, length: number, max: number): string {
  const left = max - length;
  return left >= 0 ? plural(locale, m.charactersLeft, left) : plural(locale, m.charactersOver, -left);
}

/**
 * A long answer with a live character count, as GOV.UK's character count component does: no
 * maxlength (a browser cuts a pasted text silently), the count instead, and past the limit an
 * error next to it, with every character kept. Without JavaScript the limit is stated and the
 * server's error does the rest.
 */
export function LongTextField({
  name,
  label,
  hint,
  max,
  required,
}: {
  name: string;
  label: string;
  hint?: string;
  max: number;
  required: boolean;
}) {
  const form = useFormApi();
  const { id, errorId, hintId } = fieldIds(name);
  const countId = `${id}-count`;
  const error = form.errors[name];
  const value = valueAt(form.values, name);
  const initial = typeof value === "string" ? value : "";
  const [length, setLength] = useState<number | null>(null);
  // Screen readers hear the count once typing pauses, not on every key.
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    if (length === null) return;
    const timer = setTimeout(() => setAnnounced(countMessage(form.messages, form.locale, length, max)), 1000);
    return () => clearTimeout(timer);
  }, [form.messages, form.locale, length, max]);
  const isOver = length !== null && length > max;
  return (
    <div className="mt-4">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={hintId} hint={hint} />
      <textarea
        id={id}
        name={name}
        rows={5}
        required={required || undefined}
        defaultValue={initial}
        autoFocus={form.firstError === name}
        aria-invalid={error || isOver ? true : undefined}
        aria-describedby={describedBy(hint && hintId, countId, error && errorId)}
        onBlur={() => form.onBlur(name)}
        onInput={(event) => {
          const next = event.currentTarget.value.length;
          setLength(next);
          // Past the limit the error shows at once; back under it, it clears.
          if (next > max || error) form.onBlur(name);
        }}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${error || isOver ? "border-red-800" : "border-black/40"}`}
      />
      <p id={countId} className={`mt-1 text-base ${isOver ? "font-medium text-red-800" : "text-muted"}`}>
        {length === null
          ? plural(form.locale, form.messages.characterLimit, max)
          : countMessage(form.messages, form.locale, length, max)}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
