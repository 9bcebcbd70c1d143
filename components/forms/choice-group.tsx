"use client";

import { describedBy, FieldError } from "./field-error";
import { fieldIds, useFormApi, valueAt } from "./form-context";

type ChoiceGroupProps = {
  name: string;
  legend: string;
  options: Record<string, string>;
  /** Radio buttons pick one; checkboxes any number. */
  multiple?: boolean;
  required?: boolean;
  optionalLabel?: string;
  hint?: string;
  columns?: 1 | 2;
};

export function ChoiceGroup({
  name,
  legend,
  options,
  multiple,
  required,
  optionalLabel,
  hint,
  columns = 1,
}: ChoiceGroupProps) {
  const form = useFormApi();
  const { id, errorId, hintId } = fieldIds(name);
  const error = form.errors[name];
  const raw = valueAt(form.values, name);
  const selected = new Set(Array.isArray(raw) ? raw.map(String) : raw === undefined ? [] : [String(raw)]);
  return (
    <fieldset
      className="mt-5"
      aria-describedby={describedBy(hint && hintId, error && errorId)}
      aria-invalid={error ? true : undefined}
      id={id}
      tabIndex={-1}
    >
      <legend className="font-medium">
        {legend}
        {!required && optionalLabel ? (
          <span className="font-normal text-muted"> ({optionalLabel})</span>
        ) : null}
      </legend>
      {hint ? (
        <p id={hintId} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      <div className={`mt-1 grid gap-x-6 ${columns === 2 ? "sm:grid-cols-2" : ""}`}>
        {Object.entries(options).map(([value, label], index) => (
          <label key={value} className="flex items-start gap-3 py-1.5">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={value}
              defaultChecked={selected.has(value)}
              autoFocus={form.firstError === name && index === 0}
              onBlur={() => form.onBlur(name)}
              className="mt-1 h-5 w-5 shrink-0 accent-[var(--color-brand)]"
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
