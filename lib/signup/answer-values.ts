import type { FormValues } from "./form-data";
import type { Question, Questions } from "./questions";

// Stored answers back into the values a form shows, so a volunteer changes their answers in
// the very form they first sent (their own page, issue 22): the schema turned "12" into 12 and
// a ticked box into true; the inputs want the text the browser would post.

function valueOf(question: Question, answer: unknown): unknown {
  if (answer === undefined || answer === null) return undefined;
  switch (question.kind) {
    case "checkbox":
      return answer === true ? "on" : undefined;
    case "number":
      return String(answer);
    case "choices":
      return Array.isArray(answer) ? answer.map(String) : undefined;
    case "group":
      return Array.isArray(answer)
        ? answer.map((row) => answerValues(question.row, (row ?? {}) as Record<string, unknown>))
        : undefined;
    default:
      return String(answer);
  }
}

export function answerValues(questions: Questions, answers: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [name, question] of Object.entries(questions)) {
    const value = valueOf(question, answers[name]);
    if (value !== undefined) values[name] = value;
  }
  return values;
}
