"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { BULK_FORM_ID, type BulkAnswer } from "@/lib/admin/bulk-answer";
import { FOLLOW_UP_REASON_MAX } from "@/lib/admin/note-limits";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { plural } from "@/lib/messages/plural";
import { RecordResult, recordButtonClass } from "./signup-record-result";

// The list's bulk bar: the rows ticked in the table (their checkboxes belong to this form
// through their `form` attribute) or the whole view, one change or a message, a review that
// counts on the server, and a dialog to confirm that count. Nothing changes without it.

type Action = (previous: BulkAnswer | null, form: FormData) => Promise<BulkAnswer>;
type Option = { value: string; label: string };

type Props = {
  viewQuery: string;
  matching: number;
  statuses: Option[];
  staff: Option[];
  templates: Option[];
  messages: Messages["admin"]["bulk"];
  actions: { review: Action; apply: Action };
};

const control = "mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";
const number = new Intl.NumberFormat("en-US");

function useTickedCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const recount = () =>
      setCount(document.querySelectorAll(`input[form="${BULK_FORM_ID}"][name="ids"]:checked`).length);
    recount();
    document.addEventListener("change", recount);
    return () => document.removeEventListener("change", recount);
  }, []);
  return count;
}

export function SignupBulkActions({
  viewQuery,
  matching,
  statuses,
  staff,
  templates,
  messages: m,
  actions,
}: Props) {
  const ticked = useTickedCount();
  const [scope, setScope] = useState<"ids" | "view" | null>(null);
  const [change, setChange] = useState("status");
  const [batchId, setBatchId] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const reviewed = useRef<FormData | null>(null);
  const chosenScope = scope ?? (ticked > 0 ? "ids" : "view");

  const [review, dispatchReview, isReviewing] = useActionState(actions.review, null);
  const [outcome, dispatchApply, isApplying] = useActionState(
    async (previous: BulkAnswer | null, form: FormData) => {
      const answer = await actions.apply(previous, form);
      dialog.current?.close();
      return answer;
    },
    null,
  );

  useEffect(() => {
    if (review?.status !== "ok" || !review.review) return;
    dialog.current?.showModal();
    // A change to many signups is not undone in one step: Enter on opening must not apply it.
    cancel.current?.focus();
  }, [review]);

  const onReview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    reviewed.current = form;
    setBatchId(crypto.randomUUID());
    startTransition(() => dispatchReview(form));
  };
  const onConfirm = () => {
    const form = reviewed.current;
    if (!form || !review?.review) return;
    form.set("expectedCount", String(review.review.count));
    form.set("batchId", batchId);
    startTransition(() => dispatchApply(form));
  };

  const r = review?.status === "ok" ? review.review : undefined;
  const isMessage = change === "message";
  const count = r ? number.format(r.count) : "";
  return (
    <section aria-labelledby="bulk-title" className="mt-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="bulk-title" className="text-lg font-semibold">
        {m.title}
      </h2>
      <form
        id={BULK_FORM_ID}
        onSubmit={onReview}
        className="mt-2 grid gap-4 md:grid-cols-[auto_1fr] md:items-start"
      >
        <input type="hidden" name="view" value={viewQuery} />
        <fieldset>
          <legend className="font-medium">{m.scope}</legend>
          {(["ids", "view"] as const).map((value) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                name="scope"
                value={value}
                checked={chosenScope === value}
                onChange={() => setScope(value)}
              />
              {value === "ids"
                ? format(m.scopeTicked, { count: ticked })
                : plural("en", m.scopeView, matching)}
            </label>
          ))}
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="bulk-change" className="block font-medium">
              {m.change}
            </label>
            <select
              id="bulk-change"
              name="change"
              value={change}
              onChange={(e) => setChange(e.target.value)}
              className={control}
            >
              {(Object.keys(m.changes) as (keyof typeof m.changes)[]).map((key) => (
                <option key={key} value={key}>
                  {m.changes[key]}
                </option>
              ))}
            </select>
          </div>
          <ChangeFields
            change={change}
            statuses={statuses}
            staff={staff}
            templates={templates}
            messages={m}
          />
        </div>
        <div className="md:col-span-2">
          <button
            ref={reviewButton}
            type="submit"
            className={recordButtonClass}
            disabled={isReviewing || (isMessage && templates.length === 0)}
          >
            {isReviewing ? m.reviewing : m.review}
          </button>
        </div>
      </form>
      <RecordResult result={review?.status === "ok" ? outcome : review} />

      <dialog
        ref={dialog}
        // The button was disabled while reviewing, so the browser has no focus to give back.
        onClose={() => reviewButton.current?.focus()}
        aria-labelledby="bulk-confirm-title"
        className="w-full max-w-xl rounded-lg p-5 shadow-xl backdrop:bg-black/40"
      >
        <h2 id="bulk-confirm-title" className="text-xl font-semibold">
          {m.confirmTitle}
        </h2>
        {r ? (
          <>
            <p className="mt-3 text-lg">
              {r.count === 0
                ? m.nothingToDo
                : plural("en", isMessage ? m.confirmMessage : m.confirmChange, r.count, {
                    description: r.description,
                  })}
            </p>
            {r.skipped ? <p className="mt-2">{format(m.skipped, { count: r.skipped })}</p> : null}
            {r.fallback ? (
              <p className="mt-2 font-medium">{format(m.fallback, { count: r.fallback })}</p>
            ) : null}
            {r.preview ? (
              <div className="mt-3">
                <p>{format(m.previewOf, { name: r.preview.name, language: r.preview.language })}</p>
                <div className="mt-2 max-h-64 overflow-y-auto rounded-md border border-black/20 p-3">
                  <p className="font-semibold">{r.preview.subject}</p>
                  <p className="mt-2 whitespace-pre-line">{r.preview.body}</p>
                </div>
              </div>
            ) : null}
          </>
        ) : null}
        <div className="mt-5 flex flex-wrap gap-3">
          {r && r.count > 0 ? (
            <button type="button" onClick={onConfirm} disabled={isApplying} className={recordButtonClass}>
              {isApplying
                ? m.applying
                : isMessage
                  ? format(m.send, { count })
                  : plural("en", m.apply, r.count)}
            </button>
          ) : null}
          <button
            ref={cancel}
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-black/40 px-5 py-2.5 font-semibold"
          >
            {m.cancel}
          </button>
        </div>
      </dialog>
    </section>
  );
}

function ChangeFields({
  change,
  statuses,
  staff,
  templates,
  messages: m,
}: Pick<Props, "statuses" | "staff" | "templates" | "messages"> & { change: string }) {
  switch (change) {
    case "status":
      return <Choice id="bulk-status" name="status" label={m.status} options={statuses} />;
    case "assignee":
      return (
        <Choice
          id="bulk-assignee"
          name="assigneeId"
          label={m.assignee}
          options={[{ value: "me", label: m.assigneeMe }, { value: "", label: m.nobody }, ...staff]}
        />
      );
    case "followUp":
      return (
        <>
          <div>
            <label htmlFor="bulk-follow-up-on" className="block font-medium">
              {m.followUpOn}
            </label>
            <input
              id="bulk-follow-up-on"
              name="on"
              type="date"
              aria-describedby="bulk-follow-up-hint"
              className={control}
            />
            <p id="bulk-follow-up-hint" className="mt-1 text-sm text-muted">
              {m.followUpHint}
            </p>
          </div>
          <div>
            <label htmlFor="bulk-follow-up-reason" className="block font-medium">
              {m.followUpReason}
            </label>
            <input
              id="bulk-follow-up-reason"
              name="reason"
              maxLength={FOLLOW_UP_REASON_MAX}
              className={control}
            />
          </div>
        </>
      );
    default:
      return templates.length === 0 ? (
        <p className="self-end">{m.noTemplates}</p>
      ) : (
        <Choice id="bulk-template" name="templateId" label={m.template} options={templates} />
      );
  }
}

function Choice({
  id,
  name,
  label,
  options,
}: {
  id: string;
  name: string;
  label: string;
  options: Option[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} className={control}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
