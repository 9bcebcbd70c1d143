import "server-only";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import type { Db } from "../db/client";
import { mergeSpellings, type LanguageSuggestion } from "./language-names";

// The languages volunteers named, with how many signups named each, for the list's language
// filter to offer.

/** At most this many, the most named first: enough for every language a list is filtered by. */
export const SUGGESTIONS_MAX = 60;

// Counting every signup's languages takes ~170 ms at 100,000 signups, too long for each page:
// each process keeps the answer a few minutes (a hint, not a record: a day-old count misleads
// no one), per database.
const CACHE_MS = 5 * 60_000;
const cache = new WeakMap<Db, { at: number; suggestions: LanguageSuggestion[] }>();

export async function listLanguageSuggestions(
  db: Db,
  staff: StaffContext,
  { maxAgeMs = CACHE_MS, now = Date.now() }: { maxAgeMs?: number; now?: number } = {},
): Promise<LanguageSuggestion[]> {
  assertRole(staff, "reviewer");
  const kept = cache.get(db);
  if (kept && now - kept.at < maxAgeMs) return kept.suggestions;
  const suggestions = await countLanguages(db);
  cache.set(db, { at: now, suggestions });
  return suggestions;
}

async function countLanguages(db: Db): Promise<LanguageSuggestion[]> {
  const found = await db.$queryRaw<{ name: string; count: number }[]>`
    SELECT l AS name, count(*)::int AS count FROM signups s, unnest(s.languages) AS l
     WHERE s.anonymized_at IS NULL GROUP BY l`;
  return mergeSpellings(found).slice(0, SUGGESTIONS_MAX);
}
