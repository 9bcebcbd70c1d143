// Turns a form's fields into the object the schemas read: `languages.0.name` becomes
// languages[0].name, a name sent twice becomes an array. Works on FormData in the browser
// and on the server alike.

export type FormValues = Record<string, unknown>;

const MAX_ROWS = 50;
const INDEXED = /^([a-zA-Z]+)\.(\d{1,2})\.([a-zA-Z]+)$/;

export function formDataToValues(entries: Iterable<[string, FormDataEntryValue]>): FormValues {
  const values: FormValues = {};
  for (const [key, raw] of entries) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? raw : "";
    const indexed = INDEXED.exec(key);
    if (indexed) {
      const [, group, index, field] = indexed as unknown as [string, string, string, string];
      if (Number(index) >= MAX_ROWS) continue;
      const list = (Array.isArray(values[group]) ? values[group] : (values[group] = [])) as Record<
        string,
        unknown
      >[];
      const row = (list[Number(index)] ??= {});
      row[field] = value;
      continue;
    }
    const existing = values[key];
    values[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value) && value.some((item) => typeof item === "object")) {
      values[key] = Array.from(value, (row) => row ?? {});
    }
  }
  return values;
}

/** Field errors keyed by the field's form name (`languages.0.name`), first message only. */
export function fieldErrorsFrom(
  issues: readonly { path: PropertyKey[]; message: string }[],
): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    // "caseTypes.1" (one bad checkbox value) belongs to the group "caseTypes".
    const path = issue.path.map(String);
    while (path.length && /^\d+$/.test(path.at(-1)!)) path.pop();
    const key = path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}
