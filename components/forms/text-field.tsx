"use client";

import type { HtmlConstraints } from "@/lib/signup/html-constraints";
import { describedBy, FieldError, FieldHint } from "./field-error";
import { fieldIds, useFormApi, valueAt } from "./form-context";

export function TextField({
  name,
  label,
  hint,
  constraints,
}: {
  name: string;
  label: string;
  hint?: string;
  constraints: HtmlConstraints;
}) {
  const form = useFormApi();
  const { id, errorId, hintId } = fieldIds(name);
  const error = form.errors[name];
  const value = valueAt(form.values, name);
  const isShort = constraints.inputMode === "numeric";
  const isReadOnly = form.readOnly?.has(name) ?? false;
  return (
    <div className="mt-4">
      <FieldLabel htmlFor={id} label={label} required={constraints.required} />
      <FieldHint id={hintId} hint={hint} />
      <input
        id={id}
        name={name}
        {...constraints}
        defaultValue={typeof value === "string" ? value : ""}
        readOnly={isReadOnly || undefined}
        autoFocus={form.firstError === name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        onBlur={() => form.onBlur(name)}
        className={`mt-1 block rounded-md border ${isReadOnly ? "bg-black/5" : "bg-white"} px-3 py-2 text-base ${error ? "border-red-800" : "border-black/40"} ${isShort ? "w-40" : "w-full"}`}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldLabel({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: string;
  required?: boolean;
}) {
  const { messages } = useFormApi();
  return (
    <label htmlFor={htmlFor} className="block font-medium">
      {label}
      {required ? null : <span className="font-normal text-muted"> ({messages.optional})</span>}
    </label>
  );
}
