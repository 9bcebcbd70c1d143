import type { FormValues } from "./form-data";

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
