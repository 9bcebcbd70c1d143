import type { FormValues } from "./form-data";
import type { QuestionViews } from "./form-view";

// What the server action answers the form with: the person's input (to show it again), the
// errors next to their fields, and one message for the whole form.

export type FormStatus =
  "idle" | "invalid" | "stale" | "rate_limited" | "unavailable" | "forbidden" | "added_row";

export type SignupFormState = {
  status: FormStatus;
  fieldErrors: Record<string, string>;
  values: FormValues;
  formToken: string;
  /** Rows shown per repeatable group, grown by "Add another" (with or without JavaScript). */
  rowCounts: Record<string, number>;
  /** Changes on every answer, so the form re-reads its default values. */
  version: number;
};

export function initialFormState(formToken: string): SignupFormState {
  return { status: "idle", fieldErrors: {}, values: {}, formToken, rowCounts: {}, version: 0 };
}

/** The parts of submitted values worth showing again: never the token or the honeypot. */
export function valuesToKeep(values: FormValues): FormValues {
  const { formToken: _token, website: _honeypot, intent: _intent, role: _role, ...kept } = values;
  return kept;
}

/** Rows shown per repeatable group: at least one, every row sent, and any added since. */
export function rowCounts(questions: QuestionViews, state: Pick<SignupFormState, "values" | "rowCounts">) {
  const counts: Record<string, number> = {};
  for (const [name, question] of Object.entries(questions)) {
    if (question.kind !== "group") continue;
    const sent = Array.isArray(state.values[name]) ? (state.values[name] as unknown[]).length : 0;
    counts[name] = Math.max(1, sent, state.rowCounts[name] ?? 0);
  }
  return counts;
}

/** One more row for "Add another" without JavaScript, up to the group's cap; null if no such group. */
export function addRow(
  questions: QuestionViews,
  state: Pick<SignupFormState, "values" | "rowCounts">,
  group: string,
) {
  const question = questions[group];
  if (question?.kind !== "group") return null;
  const current = rowCounts(questions, state)[group]!;
  return { ...state.rowCounts, [group]: Math.max(current, Math.min(current + 1, question.max)) };
}
