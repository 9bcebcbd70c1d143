// How staff find a language whatever way a volunteer typed it: "K’iche’", "k'iche'" and "Kiche"
// are one language to them. The same rule is SQL's language_key() (prisma/functions/
// language_key.sql); tests/integration/language-key.test.ts checks both agree.

/** Apostrophes and the marks people type for them, removed: "K’iche’" is "kiche". */
const APOSTROPHES = /['’‘ʼʻ`´′ʹ]/g;
/** Accents left apart by NFD (combining diacritical marks), removed: "Français" is "francais". */
const ACCENTS = /[\u0300-\u036f]/g;

/** A language name as it is matched: lower-case, no accents or apostrophes, words split by one space. */
export function languageKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(ACCENTS, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The keys of a signup's languages, each once, none empty: the `language_keys` column. */
export function languageKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(languageKey).filter(Boolean))];
}
