"use client";

import { useRef, type FormEvent } from "react";
import type { ResendKind } from "@/lib/admin/record-forms";
import type { Messages } from "@/lib/messages/en";
import { RecordResult, recordButtonClass, useRecordAction, type RecordAction } from "./signup-record-result";

// Each email about a signup with its delivery state (why one is not sent, in plain words, the
// technical detail behind a disclosure), and the resends staff may ask for, each confirmed in
// a dialog first. A resend's request key is made here, so a double click sends one email.

/**
 * A click this soon after a resend was queued is the same request: the second half of a double
 * click that came after the answer (a fast server answers between a person's two clicks). It
 * carries the same key, and the server queues nothing more.
 */
const SAME_REQUEST_MS = 3_000;

export type DeliveryView = {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  created: string;
  sent: string | null;
  reason: string | null;
  /** Why it is not sent yet, in plain words. */
  explanation: string | null;
  isResend: boolean;
};

type Props = {
  signupId: string;
  deliveries: DeliveryView[];
  /** The first request key of each resend button, made by the server (see RecordNotes). */
  firstKeys: Record<ResendKind, string>;
  canChange: boolean;
  messages: Messages["admin"]["record"];
  action: RecordAction;
};

/** A kind or state added to the schema before its words shows as itself rather than as nothing. */
const labelOf = (labels: Record<string, string>, value: string) => labels[value] ?? value;

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium">{term}:</dt> <dd className="break-words">{children}</dd>
    </div>
  );
}

function Resend({
  signupId,
  kind,
  firstKey,
  label,
  question,
  messages: e,
  action,
}: {
  signupId: string;
  kind: ResendKind;
  firstKey: string;
  label: string;
  question: string;
  messages: Messages["admin"]["record"]["emails"];
  action: RecordAction;
}) {
  const requestKey = useRef(firstKey);
  const queuedAt = useRef<number | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const { result, submit, isPending } = useRecordAction(action, () => {
    queuedAt.current = Date.now();
  });
  // The button asks first: an email to a person is not taken back.
  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    dialog.current?.showModal();
    cancel.current?.focus();
  };
  const confirm = () => {
    if (queuedAt.current !== null && Date.now() - queuedAt.current > SAME_REQUEST_MS) {
      requestKey.current = crypto.randomUUID();
      queuedAt.current = null;
    }
    const data = new FormData(form.current!);
    data.set("requestKey", requestKey.current);
    dialog.current?.close();
    submit(data);
  };
  const titleId = `resend-${kind}-title`;
  return (
    <form ref={form} onSubmit={ask} className="mt-3">
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="kind" value={kind} />
      <button
        ref={opener}
        type="submit"
        aria-busy={isPending}
        aria-haspopup="dialog"
        className="rounded-md border border-brand px-4 py-2 font-semibold text-brand"
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        onClose={() => opener.current?.focus()}
        aria-labelledby={titleId}
        className="w-full max-w-md rounded-lg p-5 shadow-xl backdrop:bg-black/40"
      >
        <h2 id={titleId} className="text-xl font-semibold">
          {e.confirmTitle}
        </h2>
        <p className="mt-3">{question}</p>
        <div className="mt-5 flex flex-wrap gap-3">
          <button type="button" onClick={confirm} className={recordButtonClass}>
            {e.confirm}
          </button>
          <button
            ref={cancel}
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-black/40 px-5 py-2.5 font-semibold"
          >
            {e.cancel}
          </button>
        </div>
      </dialog>
      <RecordResult result={result} />
    </form>
  );
}

export function RecordEmails({ signupId, deliveries, firstKeys, canChange, messages: m, action }: Props) {
  const e = m.emails;
  return (
    <>
      {deliveries.length === 0 ? (
        <p className="mt-2">{e.none}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {deliveries.map((delivery) => (
            <li
              key={delivery.id}
              className="rounded-md border border-black/15 p-3"
              data-delivery={delivery.kind}
            >
              <p className="font-semibold">
                {labelOf(e.kinds, delivery.kind)}
                {delivery.isResend ? ` (${e.resentByStaff})` : ""}, {delivery.created}
              </p>
              <dl className="mt-1">
                <Fact term={e.state}>{labelOf(e.statuses, delivery.status)}</Fact>
                <Fact term={e.attempts}>{delivery.attempts}</Fact>
                <Fact term={e.sentAt}>{delivery.sent ?? e.notSent}</Fact>
                {delivery.explanation ? <Fact term={e.reason}>{delivery.explanation}</Fact> : null}
              </dl>
              {delivery.reason ? (
                <details className="mt-1">
                  <summary className="cursor-pointer">{e.detail}</summary>
                  <p className="mt-1 break-words font-mono text-sm">{delivery.reason}</p>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canChange ? (
        <div className="mt-2 flex flex-wrap gap-x-4">
          <Resend
            signupId={signupId}
            kind="volunteer_confirmation"
            firstKey={firstKeys.volunteer_confirmation}
            label={e.resendConfirmation}
            question={e.confirmConfirmation}
            messages={e}
            action={action}
          />
          <Resend
            signupId={signupId}
            kind="staff_notification"
            firstKey={firstKeys.staff_notification}
            label={e.resendNotification}
            question={e.confirmNotification}
            messages={e}
            action={action}
          />
        </div>
      ) : null}
    </>
  );
}
