import { format } from "./format";

// Words that change with a number ("1 note", "2 notes"). The catalog gives each form a language
// needs; Intl.PluralRules picks one. English and Spanish need `one` and `other` (Spanish's
// `many`, for round millions, reads as `other`). Browser-safe: no catalog is imported here.

export type Plural = { readonly one: string; readonly other: string };

export function isPlural(value: unknown): value is Plural {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Plural).one === "string" &&
    typeof (value as Plural).other === "string"
  );
}

/** The form of `words` for `count` in `locale` ("en", "es"), {count} written as `locale` writes numbers. */
export function plural(
  locale: string,
  words: Plural,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const template = new Intl.PluralRules(locale).select(count) === "one" ? words.one : words.other;
  return format(template, { ...values, count: new Intl.NumberFormat(locale).format(count) });
}
