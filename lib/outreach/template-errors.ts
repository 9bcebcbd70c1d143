import type { ActionResult } from "../admin/action-result";
import type { Messages } from "../messages/en";
import { format } from "../messages/format";
import { plural } from "../messages/plural";
import { BODY_MAX, SUBJECT_MAX, TEMPLATE_NAME_MAX } from "./limits";
import { placeholderProblems } from "./placeholders";

// The template editor's problems in words, for the server action and for the browser's check
// with the same schema (TemplateFormSchema): no zod here, the editor's first load carries none.

/** A field's name in the form (name, forStatus, subject_en, body_es, …) → its problem. */
export type TemplateFieldErrors = Partial<Record<string, string>>;
export type TemplateResult = ActionResult & { fieldErrors?: TemplateFieldErrors };

type Words = Messages["admin"]["templates"]["errors"];

/** Each shown field's first problem, from the schema's codes and what was typed in it. */
export function templateFieldErrors(
  codes: Partial<Record<string, string[]>>,
  form: Record<string, unknown>,
  words: Words,
): TemplateFieldErrors {
  const errors: TemplateFieldErrors = {};
  for (const [field, fieldCodes] of Object.entries(codes)) {
    const code = fieldCodes?.[0];
    const text = typeof form[field] === "string" ? form[field] : "";
    const problem = code ? wordsFor(field, code, text, words) : null;
    if (problem) errors[field] = problem;
  }
  return errors;
}

function wordsFor(field: string, code: string, text: string, words: Words): string | null {
  if (code === "placeholder") {
    const unknown = placeholderProblems(text).unknown.map((name) => `{${name}}`);
    return format(words.placeholder, { unknown: unknown.join(", ") });
  }
  if (code === "brace") return words.brace;
  if (code === "pair") return words.pair;
  if (field === "name") return plural("en", words.name, TEMPLATE_NAME_MAX);
  if (field === "forStatus") return words.forStatus;
  if (field.startsWith("subject_")) return plural("en", words.subject, SUBJECT_MAX);
  if (field.startsWith("body_")) return plural("en", words.body, BODY_MAX);
  // The hidden id and version: the form-level message says it could not be saved.
  return null;
}
