import { format } from "../messages/format";
import { isPlural, plural } from "../messages/plural";
import type { Messages } from "../messages/en";

// Schemas speak in catalog keys, not sentences, so the same schema serves every language:
// an issue's message is `code` or `code?count=80`, put into words where it is shown. A code
// whose words are a plural form is given its number as `count`.

export type ErrorCode = keyof Messages["forms"]["errors"];

export function errorCode(code: ErrorCode, params?: Record<string, number>): string {
  if (!params) return code;
  return `${code}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

/** An issue's words in the catalog's language, `locale` ("en", "es") choosing a plural form. */
export function errorText(encoded: string, errors: Messages["forms"]["errors"], locale: string): string {
  const [code, query] = encoded.split("?", 2) as [string, string | undefined];
  const words: unknown = (errors as Record<string, unknown>)[code] ?? errors.invalid;
  const values = Object.fromEntries(new URLSearchParams(query ?? ""));
  if (isPlural(words)) return plural(locale, words, Number(values.count), values);
  return typeof words === "string" ? format(words, values) : errors.invalid;
}
