import { en, type Messages } from "./en";

const catalogs: Record<string, Messages> = { en };

export const DEFAULT_LOCALE = "en";

export function getMessages(locale: string = DEFAULT_LOCALE): Messages {
  return catalogs[locale] ?? en;
}

export { format } from "./format";
