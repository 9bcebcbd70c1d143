"use client";

import { useState } from "react";
import { FOLLOW_UP_REASON_MAX } from "@/lib/admin/note-limits";
import type { Messages } from "@/lib/messages/en";
import { RecordResult, recordButtonClass, useRecordAction, type RecordAction } from "./signup-record-result";

// A record's follow-up: the day to come back to it and a few words why. Saving an empty date
// clears it. What the person typed stays when the save is refused (someone else changed the
// record first) until it is saved.

type Props = {
  signupId: string;
  version: number;
  current: { on: string; reason: string | null } | null;
  messages: Messages["admin"]["record"]["followUp"];
  saving: string;
  action: RecordAction;
};

const inputClass =
  "mt-1 block w-full max-w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";

export function RecordFollowUp({ signupId, version, current, messages: m, saving, action }: Props) {
  const [typed, setTyped] = useState<{ on: string; reason: string } | null>(null);
  const { result, onSubmit, isPending } = useRecordAction(action, () => setTyped(null));
  const shown = typed ?? { on: current?.on ?? "", reason: current?.reason ?? "" };
  return (
    <form onSubmit={onSubmit} className="mt-3">
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-[auto_1fr]">
        <div>
          <label htmlFor="follow-up-on" className="block font-medium">
            {m.date}
          </label>
          <input
            id="follow-up-on"
            name="on"
            type="date"
            value={shown.on}
            onChange={(event) => setTyped({ ...shown, on: event.target.value })}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="follow-up-reason" className="block font-medium">
            {m.reason}
          </label>
          <input
            id="follow-up-reason"
            name="reason"
            type="text"
            maxLength={FOLLOW_UP_REASON_MAX}
            value={shown.reason}
            onChange={(event) => setTyped({ ...shown, reason: event.target.value })}
            className={inputClass}
          />
        </div>
      </div>
      <p className="mt-1 text-sm text-muted">{m.hint}</p>
      <button type="submit" className={`${recordButtonClass} mt-3`}>
        {isPending ? saving : m.save}
      </button>
      <RecordResult result={result} />
    </form>
  );
}
