"use client";

import { useState } from "react";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { BODY_MAX, SUBJECT_MAX } from "@/lib/outreach/limits";
import {
  fillPlaceholders,
  placeholderProblems,
  PLACEHOLDERS,
  type PlaceholderValues,
} from "@/lib/outreach/placeholders";
import { RecordResult, recordButtonClass, useRecordAction, type RecordAction } from "./signup-record-result";

// Writing to one volunteer from their record: a template as this volunteer gets it (in their
// language, or English with a warning), or a message written here, previewed with their
// details filled in. A volunteer who asked for no more emails is reached only past a tick.

export type TemplateOption = {
  id: string;
  name: string;
  subject: string;
  body: string;
  isFallback: boolean;
};

type Props = {
  signupId: string;
  requestKey: string;
  values: PlaceholderValues;
  /** The volunteer's language, by name ("Spanish"). */
  languageName: string;
  isOwnLanguageEnglish: boolean;
  doNotContact: boolean;
  templates: TemplateOption[];
  messages: Messages["admin"]["record"]["messages"];
  saving: string;
  action: RecordAction;
};

const control = "mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";

function problemOf(text: string, m: Props["messages"]): string | null {
  const { unknown, hasLoneBrace } = placeholderProblems(text);
  if (unknown.length) return m.placeholderError;
  return hasLoneBrace ? m.braceError : null;
}

export function RecordMessage(props: Props) {
  const { signupId, requestKey, values, templates, messages: m } = props;
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [typed, setTyped] = useState({ subject: "", body: "" });
  const { result, onSubmit, isPending } = useRecordAction(props.action, () =>
    setTyped({ subject: "", body: "" }),
  );
  const template = templates.find((t) => t.id === templateId);
  const preview = template
    ? { subject: template.subject, body: template.body }
    : { subject: fillPlaceholders(typed.subject, values), body: fillPlaceholders(typed.body, values) };
  const errors = { subject: problemOf(typed.subject, m), body: problemOf(typed.body, m) };
  const placeholders = PLACEHOLDERS.map((name) => `{${name}}`).join(", ");

  return (
    <form onSubmit={onSubmit} className="mt-4 rounded-lg border border-black/10 p-4">
      <h3 className="text-lg font-semibold">{m.write}</h3>
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <p className="mt-1 text-muted">{format(m.language, { language: props.languageName })}</p>
      <label htmlFor="message-template" className="mt-3 block font-medium">
        {m.template}
      </label>
      <select
        id="message-template"
        name="templateId"
        value={templateId}
        onChange={(event) => setTemplateId(event.target.value)}
        className={control}
      >
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
        <option value="">{m.ownMessage}</option>
      </select>
      {template?.isFallback ? (
        <p className="mt-2 rounded-md border-l-4 border-amber-700 bg-amber-50 p-2 font-medium">
          {format(m.fallback, { language: props.languageName })}
        </p>
      ) : null}

      {template ? null : (
        <>
          {props.isOwnLanguageEnglish ? null : (
            <p className="mt-2">{format(m.ownLanguage, { language: props.languageName })}</p>
          )}
          <p id="message-placeholders" className="mt-2 text-sm text-muted">
            {format(m.placeholders, { placeholders })}
          </p>
          {(["subject", "body"] as const).map((field) => (
            <div key={field} className="mt-3">
              <label htmlFor={`message-${field}`} className="block font-medium">
                {m[field]}
              </label>
              {field === "subject" ? (
                <input
                  id="message-subject"
                  name="subject"
                  value={typed.subject}
                  maxLength={SUBJECT_MAX}
                  required
                  onChange={(event) => setTyped({ ...typed, subject: event.target.value })}
                  aria-invalid={errors.subject ? true : undefined}
                  aria-describedby={`message-placeholders${errors.subject ? " message-subject-error" : ""}`}
                  className={control}
                />
              ) : (
                <textarea
                  id="message-body"
                  name="body"
                  rows={8}
                  value={typed.body}
                  maxLength={BODY_MAX}
                  required
                  onChange={(event) => setTyped({ ...typed, body: event.target.value })}
                  aria-invalid={errors.body ? true : undefined}
                  aria-describedby={`message-placeholders${errors.body ? " message-body-error" : ""}`}
                  className={control}
                />
              )}
              {errors[field] ? (
                <p id={`message-${field}-error`} className="mt-1 font-medium text-red-800">
                  {errors[field]}
                </p>
              ) : null}
            </div>
          ))}
        </>
      )}

      <section aria-label={m.preview} className="mt-3 rounded-md border border-black/10 bg-paper p-3">
        <h4 className="font-medium">{m.preview}</h4>
        <p className="mt-1 font-semibold break-words">{preview.subject}</p>
        <p className="mt-2 whitespace-pre-line break-words">{preview.body}</p>
      </section>

      {props.doNotContact ? (
        <label className="mt-3 flex items-start gap-2 font-medium">
          <input type="checkbox" name="despiteDoNotContact" required className="mt-1 h-5 w-5" />
          {m.despite}
        </label>
      ) : null}
      <button
        type="submit"
        disabled={isPending || (!template && Boolean(errors.subject || errors.body))}
        className={`mt-3 ${recordButtonClass}`}
      >
        {isPending ? m.sending : m.send}
      </button>
      <RecordResult result={result} />
    </form>
  );
}
