"use client";

import { RecordResult, useRecordAction, type RecordAction } from "./signup-record-result";

// "Assign to me" in one click, beside the assignee. The server assigns whoever is signed in.
// The button goes once the record is theirs; the form stays, so its answer is still read out.

type Props = { signupId: string; version: number; isMine: boolean; label: string; action: RecordAction };

export function AssignToMe({ signupId, version, isMine, label, action }: Props) {
  const { result, onSubmit, isPending } = useRecordAction(action);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="version" value={version} />
      {isMine ? null : (
        <button
          type="submit"
          aria-busy={isPending}
          className="rounded-md border border-brand px-3 py-1.5 font-semibold text-brand"
        >
          {label}
        </button>
      )}
      <RecordResult result={result} />
    </form>
  );
}
