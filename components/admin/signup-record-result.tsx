"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/admin/action-result";

// The record page's forms: each calls its server action with what the form holds, and shows
// the answer in a live region. Submitting without React's automatic form reset keeps what
// the person typed or chose when the answer is a refusal (a stale edit, a lost session).

export type RecordAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

export function useRecordAction<T extends ActionResult = ActionResult>(
  action: (previous: T | null, form: FormData) => Promise<T>,
  onSaved?: () => void,
) {
  const [result, dispatch, isPending] = useActionState(async (previous: T | null, form: FormData) => {
    const answer = await action(previous, form);
    if (answer.status === "ok") onSaved?.();
    return answer;
  }, null);
  /** Sends a form already read (a form that checks first, then sends). */
  const submit = (form: FormData) => startTransition(() => dispatch(form));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  };
  return { result, onSubmit, submit, isPending };
}

export const recordButtonClass =
  "rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-ink disabled:opacity-70";

/** Always in the page, so a screen reader announces the answer when it appears. */
export function RecordResult({ result }: { result: ActionResult | null }) {
  const isError = result !== null && result.status !== "ok";
  const text = result?.message ?? "";
  return (
    <>
      <p
        role="status"
        className={
          !isError && text ? "mt-3 rounded-md border-l-4 border-brand bg-white p-3 font-medium" : "sr-only"
        }
      >
        {isError ? "" : text}
      </p>
      <p
        role="alert"
        className={
          isError ? "mt-3 rounded-md border-l-4 border-red-800 bg-red-50 p-3 font-medium" : "sr-only"
        }
      >
        {isError ? text : ""}
      </p>
    </>
  );
}
