import { describedBy, FieldError } from "@/components/forms/field-error";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { BODY_MAX, SUBJECT_MAX } from "@/lib/outreach/limits";
import { fillPlaceholders, type PlaceholderValues } from "@/lib/outreach/placeholders";
import type { TemplateFieldErrors } from "@/lib/outreach/template-errors";

// One language's subject and message in the template editor, with its preview filled in with a
// real signup's details as a send would fill them.

export const controlClass =
  "mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";

type Props = {
  locale: { code: string; name: string; isRequired: boolean };
  typed: Record<string, string>;
  errors: TemplateFieldErrors;
  /** The newest signup's values for this language; null when there is no signup yet. */
  values: PlaceholderValues | null;
  onType(field: string, value: string): void;
  messages: Messages["admin"]["templates"];
};

export function TemplateTextFields({ locale, typed, errors, values, onType, messages: m }: Props) {
  const hintId = `template-${locale.code}-hint`;
  const fields = [
    { name: `subject_${locale.code}`, label: m.subject, max: SUBJECT_MAX },
    { name: `body_${locale.code}`, label: m.body, max: BODY_MAX },
  ];
  const [subject, body] = fields.map((field) => typed[field.name] ?? "");
  return (
    <fieldset className="mt-6 rounded-md border border-black/10 p-4">
      <legend className="px-1 text-lg font-semibold">{locale.name}</legend>
      <p id={hintId} className="text-muted">
        {locale.isRequired ? m.required : m.optional}
      </p>
      {fields.map((field) => {
        const id = `template-${field.name}`;
        const error = errors[field.name];
        const shared = {
          id,
          name: field.name,
          value: typed[field.name] ?? "",
          maxLength: field.max,
          required: locale.isRequired,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy(hintId, error && `${id}-error`),
          className: controlClass,
        };
        return (
          <div key={field.name} className="mt-3">
            <label htmlFor={id} className="block font-medium">
              {field.label}
            </label>
            {field.name.startsWith("subject_") ? (
              <input {...shared} onChange={(event) => onType(field.name, event.target.value)} />
            ) : (
              <textarea {...shared} rows={8} onChange={(event) => onType(field.name, event.target.value)} />
            )}
            <FieldError id={`${id}-error`} message={error} />
          </div>
        );
      })}
      {values ? (
        <section
          aria-label={format(m.previewIn, { language: locale.name })}
          className="mt-3 rounded-md border border-black/10 bg-paper p-3"
        >
          <h3 className="font-medium">{format(m.previewIn, { language: locale.name })}</h3>
          {subject || body ? (
            <>
              <p className="mt-1 break-words font-semibold">{fillPlaceholders(subject!, values)}</p>
              <p className="mt-2 whitespace-pre-line break-words">{fillPlaceholders(body!, values)}</p>
            </>
          ) : (
            <p className="mt-1 text-muted">{m.previewEmpty}</p>
          )}
        </section>
      ) : null}
    </fieldset>
  );
}
