import type { Question } from "./questions";
import { signupForm } from "./forms";
import type { Role } from "./options";

// What an anonymised signup keeps of its answers: only those picked from the form's fixed
// options, yes/no boxes and numbers (a case type, availability, hours a month), which say
// nothing about who a person is on their own and keep the organization's counts meaningful.
// Everything typed (names, contact, places, languages, bar and licence numbers, free text)
// goes, and so do groups of rows, whose rows mix typed text with choices.

const KEPT_KINDS: ReadonlySet<Question["kind"]> = new Set(["choice", "choices", "checkbox", "number"]);

export function anonymisedAnswers(role: Role, answers: unknown): Record<string, unknown> {
  const given = answers && typeof answers === "object" ? (answers as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  for (const [name, question] of Object.entries(signupForm(role).questions)) {
    if (KEPT_KINDS.has(question.kind) && name in given) kept[name] = given[name];
  }
  return kept;
}
