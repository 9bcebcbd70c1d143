import { DEFAULT_LOCALE, LANGUAGES } from "../i18n/languages";
import { en, type Messages, type PublicMessages } from "./en";

/** The public site's words in a language (lib/i18n/languages.ts); English for one the site does not have. */
export function getMessages(locale: string = DEFAULT_LOCALE): PublicMessages {
  return (LANGUAGES.find((language) => language.code === locale) ?? LANGUAGES[0]).messages;
}

/** Every word, staff area and staff emails included: always English, whatever the page's language. */
export function getStaffMessages(): Messages {
  return en;
}

export { DEFAULT_LOCALE };
export { format } from "./format";
export { plural, type Plural } from "./plural";
