"use client";

import { useEffect, useRef, useState } from "react";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import type { TemplateResult } from "@/lib/outreach/template-errors";
import { RecordResult, useRecordAction } from "./signup-record-result";

// Deleting a template takes two steps: the button asks, the confirmation deletes. Focus moves
// to the confirming button and back, so it works by keyboard alone; Escape cancels.

type Props = {
  id: string;
  name: string;
  messages: Messages["admin"]["templates"];
  action: (previous: TemplateResult | null, form: FormData) => Promise<TemplateResult>;
};

const buttonBase = "rounded-md px-5 py-2.5 font-semibold disabled:opacity-70";

export function TemplateDelete({ id, name, messages: m, action }: Props) {
  const [isConfirming, setConfirming] = useState(false);
  const { result, onSubmit, isPending } = useRecordAction(action);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const hasOpened = useRef(false);
  useEffect(() => {
    if (isConfirming) {
      hasOpened.current = true;
      confirm.current?.focus();
    } else if (hasOpened.current) trigger.current?.focus();
  }, [isConfirming]);

  return (
    <section aria-labelledby="template-delete" className="mt-8 rounded-lg bg-white p-4 shadow-sm sm:p-5">
      <h2 id="template-delete" className="text-xl font-semibold text-brand">
        {m.deleteTitle}
      </h2>
      <p className="mt-1">{m.deleteLead}</p>
      {isConfirming ? (
        <form
          onSubmit={onSubmit}
          onKeyDown={(event) => (event.key === "Escape" ? setConfirming(false) : undefined)}
          className="mt-3"
        >
          <input type="hidden" name="id" value={id} />
          <p className="font-medium">{format(m.deleteConfirm, { name })}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              ref={confirm}
              type="submit"
              disabled={isPending}
              className={`${buttonBase} bg-red-800 text-white hover:bg-red-900`}
            >
              {isPending ? m.deleting : m.deleteYes}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={`${buttonBase} border border-brand text-brand`}
            >
              {m.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={trigger}
          type="button"
          onClick={() => setConfirming(true)}
          className={`mt-3 ${buttonBase} border border-red-800 text-red-800`}
        >
          {m.delete}
        </button>
      )}
      <RecordResult result={result} />
    </section>
  );
}
