import { en, type Messages } from "./en";

const catalogs: Record<string, Messages> = { en };

export const DEFAULT_LOCALE = "en";

export function getMessages(locale: string = DEFAULT_LOCALE): Messages {
  return catalogs[locale] ?? en;
}

/** Fills {name} placeholders; a missing value is left visible so it is noticed. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
