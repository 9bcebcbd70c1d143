import { languageKey } from "../signup/language-key";

// Spellings of one language ("k'iche'", "k’iche’") are one suggestion for the list's language
// filter, shown as its most common spelling.

export type LanguageSuggestion = { name: string; count: number };

/** One suggestion per language key, under its most common spelling, most named first. */
export function mergeSpellings(rows: readonly { name: string; count: number }[]): LanguageSuggestion[] {
  const byKey = new Map<string, { name: string; top: number; count: number }>();
  for (const { name, count } of rows) {
    const key = languageKey(name);
    if (!key) continue;
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { name, top: count, count });
    else {
      entry.count += count;
      if (count > entry.top || (count === entry.top && name < entry.name))
        Object.assign(entry, { name, top: count });
    }
  }
  return [...byKey.values()]
    .map(({ name, count }) => ({ name: languageName(name), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
}

/** "k'iche'" as "K'iche'": the column keeps languages lower-cased. */
export const languageName = (name: string) =>
  name.replace(/(^|[\s(-])(\p{L})/gu, (_, start: string, letter: string) => start + letter.toUpperCase());
