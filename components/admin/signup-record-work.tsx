"use client";

import { useState } from "react";
import type { Messages } from "@/lib/messages/en";
import { RecordChoice } from "./signup-record-choice";
import { RecordFollowUp } from "./signup-record-follow-up";
import { RecordResult, recordButtonClass, useRecordAction, type RecordAction } from "./signup-record-result";
import { RecordStatus, type StatusTemplate } from "./signup-record-status";

// The record's status, assignee and follow-up, saved together with one Save. The fields follow
// the record until the person changes one; what they chose and typed then stays, also when the
// save is refused (someone else changed the record first, a field is wrong), until it is saved.
// The version they saw goes with it, hidden: the server refuses the whole save if it is stale.

type Option = { value: string; label: string };
type Values = { status: string; assigneeId: string; on: string; reason: string };

type Props = {
  signupId: string;
  version: number;
  current: Values;
  statuses: Option[];
  assignees: Option[];
  requestKey: string;
  templates: Record<string, StatusTemplate>;
  languageName: string;
  messages: Messages["admin"]["record"];
  action: RecordAction;
};

export function RecordWork({ signupId, version, current, statuses, assignees, messages: m, ...rest }: Props) {
  const [typed, setTyped] = useState<Values | null>(null);
  const { result, onSubmit, isPending } = useRecordAction(rest.action, () => setTyped(null));
  const shown = typed ?? current;
  const errors = result?.status === "ok" ? {} : (result?.fieldErrors ?? {});
  const set = (change: Partial<Values>) => setTyped({ ...shown, ...change });
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-4">
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <RecordStatus
          label={m.status.label}
          options={statuses}
          current={current.status}
          picked={shown.status}
          onPick={(status) => set({ status })}
          requestKey={rest.requestKey}
          templates={rest.templates}
          languageName={rest.languageName}
          error={errors.status}
          messages={m.messages}
        />
        <RecordChoice
          id="record-assignee"
          name="assigneeId"
          label={m.assignee.label}
          options={assignees}
          value={shown.assigneeId}
          onChange={(assigneeId) => set({ assigneeId })}
          error={errors.assigneeId}
        />
      </div>
      <RecordFollowUp
        value={shown}
        onChange={(followUp) => set(followUp)}
        errors={errors}
        messages={m.followUp}
      />
      <button type="submit" aria-busy={isPending} className={recordButtonClass}>
        {isPending ? m.saving : m.work.save}
      </button>
      <RecordResult result={result} />
    </form>
  );
}
