import { DEFAULT_LOCALE, LANGUAGES } from "../i18n/languages";
import type { Messages } from "./en";

/** The catalog of a language (lib/i18n/languages.ts); English for one the site does not have. */
export function getMessages(locale: string = DEFAULT_LOCALE): Messages {
  return (LANGUAGES.find((language) => language.code === locale) ?? LANGUAGES[0]).messages;
}

export { DEFAULT_LOCALE };
export { format } from "./format";
