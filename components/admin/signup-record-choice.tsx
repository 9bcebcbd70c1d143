"use client";

import { FieldError, fieldProps } from "./signup-record-field-error";

// A select of the record's form (its status, its assignee), controlled by the form so the
// person's choice stays when a save is refused.

type Props = {
  id: string;
  name: "status" | "assigneeId";
  label: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
};

export function RecordChoice({ id, name, label, options, value, onChange, error }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...fieldProps(id, error)}
        className="mt-1 block w-full min-w-0 max-w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}
