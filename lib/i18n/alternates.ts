import "server-only";
import { absoluteUrl } from "../site/urls";
import { DEFAULT_LOCALE, LANGUAGES } from "./languages";
import { localePath } from "./paths";

/** A page's canonical URL in its language and its twins in every language (hreflang), English the default. */
export function pageAlternates(
  locale: string,
  path: string,
): { canonical: string; languages: Record<string, string> } {
  return {
    canonical: absoluteUrl(localePath(locale, path)),
    languages: {
      ...Object.fromEntries(
        LANGUAGES.map((language) => [language.code, absoluteUrl(localePath(language.code, path))]),
      ),
      "x-default": absoluteUrl(localePath(DEFAULT_LOCALE, path)),
    },
  };
}
