"use client";

import type { ReactNode } from "react";
import { describedBy, FieldError } from "./field-error";
import { fieldIds, useFormApi, valueAt } from "./form-context";

export function CheckboxField({
  name,
  label,
  required,
}: {
  name: string;
  label: ReactNode;
  required?: boolean;
}) {
  const form = useFormApi();
  const { id, errorId } = fieldIds(name);
  const error = form.errors[name];
  return (
    <div className="mt-3">
      <label htmlFor={id} className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={valueAt(form.values, name) === "on"}
          required={required}
          autoFocus={form.firstError === name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && errorId)}
          onBlur={() => form.onBlur(name)}
          className="mt-1 h-5 w-5 shrink-0 accent-[var(--color-brand)]"
        />
        <span>{label}</span>
      </label>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
