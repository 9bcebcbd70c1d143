// A page's path in each language: English at the root, the others under their code. Pure and
// browser-safe; the language list is passed in, so tests can add a language of their own.

/** `/voices` in Spanish is `/es/voices`; `/` is `/es`. */
export function localePath(locale: string, path: string, defaultLocale = "en"): string {
  if (locale === defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The language of a public path and the path without its prefix (`/es/voices` → es, `/voices`). */
export function splitLocalePath(
  pathname: string,
  locales: readonly string[],
  defaultLocale = "en",
): { locale: string; path: string } {
  const first = pathname.split("/", 2)[1] ?? "";
  if (first !== defaultLocale && locales.includes(first)) {
    const rest = pathname.slice(first.length + 1);
    return { locale: first, path: rest === "" ? "/" : rest };
  }
  return { locale: defaultLocale, path: pathname };
}
