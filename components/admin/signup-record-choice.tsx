"use client";

import { useState, type ReactNode } from "react";
import { RecordResult, recordButtonClass, useRecordAction, type RecordAction } from "./signup-record-result";

// One of a record's versioned choices (its status, its assignee): a select that keeps the
// person's choice when the save is refused because someone else changed the record first.

type Props = {
  id: string;
  name: "status" | "assigneeId";
  label: string;
  options: { value: string; label: string }[];
  current: string;
  signupId: string;
  version: number;
  submit: string;
  saving: string;
  action: RecordAction;
  /** More fields for what is picked (a status's message to send with it). */
  extra?: (picked: string) => ReactNode;
};

export function RecordChoice({
  id,
  name,
  label,
  options,
  current,
  signupId,
  version,
  submit,
  saving,
  action,
  extra,
}: Props) {
  // Follows the record until the person picks something; what they picked then stays, also
  // when the save is refused, until it is saved.
  const [picked, setPicked] = useState<string | null>(null);
  const { result, onSubmit, isPending } = useRecordAction(action, () => setPicked(null));
  return (
    <form onSubmit={onSubmit} className="mt-3">
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-end gap-3">
        <select
          id={id}
          name={name}
          value={picked ?? current}
          onChange={(event) => setPicked(event.target.value)}
          className="mt-1 block min-w-0 max-w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="submit" className={recordButtonClass}>
          {isPending ? saving : submit}
        </button>
      </div>
      {extra?.(picked ?? current)}
      <RecordResult result={result} />
    </form>
  );
}
