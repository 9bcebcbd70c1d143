import type { Messages } from "../messages/en";
import { errorText } from "./error-codes";

// Turns a form's fields into the object the schemas read: `languages.0.name` becomes
// languages[0].name, a name sent twice becomes an array. Works on FormData in the browser
// and on the server alike. Nothing is dropped: an over-long list reaches the schema, which
// answers with an error on its group.

export type FormValues = Record<string, unknown>;

const INDEXED = /^([a-zA-Z]+)\.(\d+)\.([a-zA-Z]+)$/;
/** Row indexes past this are appended instead, so a forged index cannot allocate a huge array. */
const DENSE_INDEX_LIMIT = 1000;

function addValue(target: Record<string, unknown>, key: string, value: string) {
  const existing = target[key];
  target[key] =
    existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
}

export function formDataToValues(entries: Iterable<[string, FormDataEntryValue]>): FormValues {
  const values: FormValues = {};
  for (const [key, raw] of entries) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? raw : "";
    const indexed = INDEXED.exec(key);
    if (!indexed) {
      addValue(values, key, value);
      continue;
    }
    const [, group, index, field] = indexed as unknown as [string, string, string, string];
    const list = (Array.isArray(values[group]) ? values[group] : (values[group] = [])) as Record<
      string,
      unknown
    >[];
    const position = Number(index) < DENSE_INDEX_LIMIT ? Number(index) : list.length;
    addValue((list[position] ??= {}), field, value);
  }
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value) && value.some((item) => typeof item === "object")) {
      values[key] = Array.from(value, (row) => row ?? {});
    }
  }
  return values;
}

/** Field errors in words, keyed by the field's form name (`languages.0.name`), first only. */
export function fieldErrorsFrom(
  issues: readonly { path: PropertyKey[]; message: string }[],
  errors: Messages["forms"]["errors"],
  locale: string,
): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    // "caseTypes.1" (one bad checkbox value) belongs to the group "caseTypes".
    const path = issue.path.map(String);
    while (path.length && /^\d+$/.test(path.at(-1)!)) path.pop();
    const key = path.join(".") || "form";
    fieldErrors[key] ??= errorText(issue.message, errors, locale);
  }
  return fieldErrors;
}
