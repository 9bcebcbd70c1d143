"use client";

import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { RecordChoice } from "./signup-record-choice";

// The record form's status, and when the status picked has a message template, a box to send
// it with the Save, with the text this volunteer would get.

export type StatusTemplate = { name: string; subject: string; body: string; isFallback: boolean };

type Props = {
  options: { value: string; label: string }[];
  current: string;
  picked: string;
  onPick: (status: string) => void;
  requestKey: string;
  /** By status: its template as this volunteer gets it. */
  templates: Record<string, StatusTemplate>;
  languageName: string;
  label: string;
  error?: string;
  messages: Messages["admin"]["record"]["messages"];
};

export function RecordStatus({ templates, requestKey, languageName, messages: m, ...field }: Props) {
  const template = field.picked !== field.current ? templates[field.picked] : undefined;
  return (
    <div>
      <RecordChoice
        id="record-status"
        name="status"
        label={field.label}
        options={field.options}
        value={field.picked}
        onChange={field.onPick}
        error={field.error}
      />
      {template ? (
        <div className="mt-3">
          <input type="hidden" name="requestKey" value={requestKey} />
          <label className="flex items-start gap-2">
            <input type="checkbox" name="sendTemplate" className="mt-1 h-5 w-5" />
            <span>
              {format(m.statusTemplate, { name: template.name })}
              {template.isFallback ? ` ${format(m.statusTemplateFallback, { language: languageName })}` : ""}
            </span>
          </label>
          <details className="mt-2">
            <summary className="cursor-pointer">{m.statusTemplatePreview}</summary>
            <div className="mt-2 rounded-md border border-black/10 bg-paper p-3">
              <p className="font-semibold break-words">{template.subject}</p>
              <p className="mt-2 whitespace-pre-line break-words">{template.body}</p>
            </div>
          </details>
        </div>
      ) : null}
    </div>
  );
}
