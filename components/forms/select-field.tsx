"use client";

import { describedBy, FieldError } from "./field-error";
import { fieldIds, useFormApi, valueAt } from "./form-context";

export function SelectField({
  name,
  label,
  options,
  placeholder,
}: {
  name: string;
  label: string;
  options: Record<string, string>;
  placeholder: string;
}) {
  const form = useFormApi();
  const { id, errorId } = fieldIds(name);
  const error = form.errors[name];
  const value = valueAt(form.values, name);
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={typeof value === "string" ? value : ""}
        autoFocus={form.firstError === name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId)}
        onBlur={() => form.onBlur(name)}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-800" : "border-black/40"}`}
      >
        <option value="">{placeholder}</option>
        {Object.entries(options).map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
