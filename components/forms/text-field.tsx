"use client";

import { describedBy, FieldError } from "./field-error";
import { fieldIds, useFormApi, valueAt } from "./form-context";

type TextFieldProps = {
  name: string;
  label: string;
  required?: boolean;
  optionalLabel?: string;
  hint?: string;
  type?: "text" | "email" | "tel";
  inputMode?: "numeric" | "text" | "email" | "tel";
  autoComplete?: string;
  multiline?: boolean;
  maxLength?: number;
  width?: "short" | "full";
};

export function TextField({
  name,
  label,
  required,
  optionalLabel,
  hint,
  type = "text",
  inputMode,
  autoComplete,
  multiline,
  maxLength,
  width = "full",
}: TextFieldProps) {
  const form = useFormApi();
  const { id, errorId, hintId } = fieldIds(name);
  const error = form.errors[name];
  const value = valueAt(form.values, name);
  const common = {
    id,
    name,
    defaultValue: typeof value === "string" ? value : "",
    required,
    maxLength,
    autoComplete,
    autoFocus: form.firstError === name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && hintId, error && errorId),
    onBlur: () => form.onBlur(name),
    className: `mt-1 block rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-800" : "border-black/40"} ${width === "short" ? "w-40" : "w-full"}`,
  };
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {!required && optionalLabel ? (
          <span className="font-normal text-muted"> ({optionalLabel})</span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : (
        <input type={type} inputMode={inputMode} {...common} />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
