"use client";

import { describedBy, FieldError, FieldHint } from "./field-error";
import { fieldIds, useFormApi, valueAt } from "./form-context";

type ChoiceGroupProps = {
  name: string;
  legend: string;
  options: Record<string, string>;
  /** Radio buttons pick one; checkboxes any number. */
  multiple?: boolean;
  required?: boolean;
  hint?: string;
};

export function ChoiceGroup({ name, legend, options, multiple, required, hint }: ChoiceGroupProps) {
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
        {required ? null : <span className="font-normal text-muted"> ({form.messages.optional})</span>}
      </legend>
      <FieldHint id={hintId} hint={hint} />
      <div className={`mt-1 grid gap-x-6 ${Object.keys(options).length > 6 ? "sm:grid-cols-2" : ""}`}>
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
