import type { Messages } from "../messages/en";
import type { Question, Questions, SignupFormDefinition } from "./questions";

// A signup's answers in words, in the form's order, with the catalog's labels: the staff
// email, the admin record and the CSV export (one column per answer) all read this.

export type AnswerLine = { name: string; label: string; value: string };

const NONE = "—";

type FormMessages = Messages["forms"];

function optionLabel(messages: FormMessages, question: Question & { options: string }, value: unknown) {
  const labels = messages.options[question.options as keyof FormMessages["options"]] as Record<
    string,
    string
  >;
  return labels[String(value)] ?? String(value);
}

function describeValue(question: Question, value: unknown, messages: FormMessages): string {
  if (value === undefined || value === null || value === "") return NONE;
  switch (question.kind) {
    case "checkbox":
      return value ? messages.options.yesNo.yes : messages.options.yesNo.no;
    case "choice":
      return optionLabel(messages, question, value);
    case "choices": {
      const values = value as unknown[];
      return values.length ? values.map((v) => optionLabel(messages, question, v)).join(", ") : NONE;
    }
    case "group": {
      const rows = value as Record<string, unknown>[];
      if (!rows.length) return NONE;
      return rows.map((row) => describeRow(question.row, row, messages)).join("\n");
    }
    default:
      return String(value);
  }
}

/** One row of a group on one line: "Language: Mam; Other language: Spanish; …". */
function describeRow(row: Questions, answers: Record<string, unknown>, messages: FormMessages): string {
  return Object.entries(row)
    .filter(([name]) => answers[name] !== undefined && answers[name] !== "")
    .map(([name, q]) => `${messages.questions[q.label].label}: ${describeValue(q, answers[name], messages)}`)
    .join("; ");
}

export function listAnswers(
  form: SignupFormDefinition,
  answers: Record<string, unknown>,
  messages: FormMessages,
): AnswerLine[] {
  return Object.entries(form.questions).map(([name, question]) => ({
    name,
    label: messages.questions[question.label].label,
    value: describeValue(question, answers[name], messages),
  }));
}
