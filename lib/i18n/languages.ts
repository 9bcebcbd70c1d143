import { en, type PublicMessages } from "../messages/en";
import { es } from "../messages/es";

// The site's languages. English is the default and keeps its URLs as they were (`/voices`);
// every other language lives under its code (`/es/voices`). Adding a language is a catalog
// file (lib/messages/<code>.ts, the shape of en.ts) and one entry here.

export type Language = {
  code: string;
  /** Its own name, for the link that switches to it. */
  name: string;
  /** For `og:locale`. */
  ogLocale: string;
  /** For Intl's dates, numbers and lists. */
  intl: string;
  messages: PublicMessages;
};

export const LANGUAGES = [
  { code: "en", name: "English", ogLocale: "en_US", intl: "en-US", messages: en },
  { code: "es", name: "Español", ogLocale: "es_US", intl: "es-US", messages: es },
] as const satisfies readonly Language[];

export type Locale = (typeof LANGUAGES)[number]["code"];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALES: readonly Locale[] = LANGUAGES.map((language) => language.code);

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

export function languageOf(locale: Locale): Language {
  return LANGUAGES.find((language) => language.code === locale)!;
}
