/** A language's name in another language, by Intl: `languageName("es", "en")` is "Spanish". */
export function languageName(code: string, inLanguage: string): string {
  return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
}
