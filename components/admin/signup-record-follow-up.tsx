"use client";

import { FOLLOW_UP_REASON_MAX } from "@/lib/admin/note-limits";
import type { Messages } from "@/lib/messages/en";
import { errorId, FieldError } from "./signup-record-field-error";

// The record form's follow-up: the day to come back to it and a few words why. An empty date
// clears it when the form is saved.

export type FollowUpTyped = { on: string; reason: string };

type Props = {
  value: FollowUpTyped;
  onChange: (value: FollowUpTyped) => void;
  errors: { on?: string; reason?: string };
  messages: Messages["admin"]["record"]["followUp"];
};

const inputClass =
  "mt-1 block w-full max-w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";

export function RecordFollowUp({ value, onChange, errors, messages: m }: Props) {
  const describedBy = (id: string, error: string | undefined, hint?: string) =>
    [hint, error ? errorId(id) : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="min-w-0">
      <legend className="font-medium">{m.title}</legend>
      <div className="grid gap-3 sm:grid-cols-[auto_1fr]">
        <div>
          <label htmlFor="follow-up-on" className="block">
            {m.date}
          </label>
          <input
            id="follow-up-on"
            name="on"
            type="date"
            value={value.on}
            onChange={(event) => onChange({ ...value, on: event.target.value })}
            aria-invalid={errors.on ? true : undefined}
            aria-describedby={describedBy("follow-up-on", errors.on, "follow-up-hint")}
            className={inputClass}
          />
          <FieldError id="follow-up-on" error={errors.on} />
        </div>
        <div>
          <label htmlFor="follow-up-reason" className="block">
            {m.reason}
          </label>
          <input
            id="follow-up-reason"
            name="reason"
            type="text"
            maxLength={FOLLOW_UP_REASON_MAX}
            value={value.reason}
            onChange={(event) => onChange({ ...value, reason: event.target.value })}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={describedBy("follow-up-reason", errors.reason)}
            className={inputClass}
          />
          <FieldError id="follow-up-reason" error={errors.reason} />
        </div>
      </div>
      <p id="follow-up-hint" className="mt-1 text-sm text-muted">
        {m.hint}
      </p>
    </fieldset>
  );
}
