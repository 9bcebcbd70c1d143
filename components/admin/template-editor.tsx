"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { describedBy, FieldError } from "@/components/forms/field-error";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { TEMPLATE_NAME_MAX } from "@/lib/outreach/limits";
import type { PlaceholderValues } from "@/lib/outreach/placeholders";
import {
  templateFieldErrors,
  type TemplateFieldErrors,
  type TemplateResult,
} from "@/lib/outreach/template-errors";
import { RecordResult, recordButtonClass, useRecordAction } from "./signup-record-result";
import { TemplatePlaceholders } from "./template-placeholders";
import { controlClass, TemplateTextFields } from "./template-text-fields";

// The message template editor (admins). The browser checks with the form's one schema, loaded
// on submit (no zod with the page); the server checks again and answers per field. What was
// typed stays whatever the answer; a stale version is refused with a message, never merged.

type Words = Messages["admin"]["templates"];

type Props = {
  /** The template as read (id "" and version 0 for a new one); `fields` by form name: subject_en, … */
  template: { id: string; version: number; name: string; forStatus: string; fields: Record<string, string> };
  locales: { code: string; name: string; isRequired: boolean }[];
  statuses: { value: string; label: string }[];
  /** The newest signup, to preview with; null when there is none. */
  preview: { name: string; language: string; values: Record<string, PlaceholderValues> } | null;
  messages: Words;
  action: (previous: TemplateResult | null, form: FormData) => Promise<TemplateResult>;
};

/** The problems the schema finds in the browser; null when none, or when it could not load. */
async function checkInBrowser(form: FormData, words: Words["errors"]): Promise<TemplateFieldErrors | null> {
  try {
    const { TemplateFormSchema } = await import("@/lib/outreach/template-form");
    const input = Object.fromEntries(form);
    const parsed = TemplateFormSchema.safeParse(input);
    if (parsed.success) return null;
    const errors = templateFieldErrors(parsed.error.flatten().fieldErrors, input, words);
    return Object.keys(errors).length ? errors : null;
  } catch {
    return null; // the server checks with the same schema
  }
}

export function TemplateEditor({ template, locales, statuses, preview, messages: m, action }: Props) {
  const [typed, setTyped] = useState<Record<string, string>>(() => ({
    name: template.name,
    forStatus: template.forStatus,
    ...template.fields,
  }));
  const [checked, setChecked] = useState<TemplateFieldErrors | null>(null);
  const { result, submit, isPending } = useRecordAction(action);
  const form = useRef<HTMLFormElement>(null);
  const errors = checked ?? result?.fieldErrors ?? {};
  const shown: TemplateResult | null = checked ? { status: "invalid", message: m.errors.invalid } : result;

  // After a refusal, the first field it names takes the focus, so its message is read out.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checked, result]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const problems = await checkInBrowser(data, m.errors);
    setChecked(problems);
    if (!problems) submit(data);
  };
  const onType = (field: string, value: string) => setTyped((current) => ({ ...current, [field]: value }));

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="mt-6 rounded-lg bg-white p-4 shadow-sm sm:p-5">
      <input type="hidden" name="id" value={template.id} />
      <input type="hidden" name="version" value={template.version} />
      <label htmlFor="template-name" className="block font-medium">
        {m.name}
      </label>
      <p id="template-name-hint" className="text-muted">
        {m.nameHint}
      </p>
      <input
        id="template-name"
        name="name"
        value={typed.name ?? ""}
        maxLength={TEMPLATE_NAME_MAX}
        required
        onChange={(event) => onType("name", event.target.value)}
        aria-invalid={errors.name ? true : undefined}
        aria-describedby={describedBy("template-name-hint", errors.name && "template-name-error")}
        className={controlClass}
      />
      <FieldError id="template-name-error" message={errors.name} />

      <label htmlFor="template-forStatus" className="mt-4 block font-medium">
        {m.sendOnStatus}
      </label>
      <p id="template-forStatus-hint" className="text-muted">
        {m.sendOnStatusHint}
      </p>
      <select
        id="template-forStatus"
        name="forStatus"
        value={typed.forStatus ?? ""}
        onChange={(event) => onType("forStatus", event.target.value)}
        aria-invalid={errors.forStatus ? true : undefined}
        aria-describedby={describedBy(
          "template-forStatus-hint",
          errors.forStatus && "template-forStatus-error",
        )}
        className={controlClass}
      >
        <option value="">{m.noSendOnStatus}</option>
        {statuses.map((status) => (
          <option key={status.value} value={status.value}>
            {status.label}
          </option>
        ))}
      </select>
      <FieldError id="template-forStatus-error" message={errors.forStatus} />

      <TemplatePlaceholders id="template-placeholders" messages={m} />
      <p className="mt-4">
        {preview ? format(m.previewFor, { name: preview.name, language: preview.language }) : m.previewNone}
      </p>
      {locales.map((locale) => (
        <TemplateTextFields
          key={locale.code}
          locale={locale}
          typed={typed}
          errors={errors}
          values={preview?.values[locale.code] ?? null}
          onType={onType}
          messages={m}
        />
      ))}

      <button type="submit" disabled={isPending} className={`mt-6 ${recordButtonClass}`}>
        {isPending ? m.saving : m.save}
      </button>
      <RecordResult result={shown} />
    </form>
  );
}
