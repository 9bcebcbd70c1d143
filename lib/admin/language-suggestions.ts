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
// each process keeps the answer a few minutes (a hint, not a record), per database, and counts
// again as soon as a newer signup arrives (its time is one index lookup), so a language a new
// volunteer brings is offered at once.
const CACHE_MS = 5 * 60_000;
const cache = new WeakMap<Db, { at: number; newest: number; suggestions: LanguageSuggestion[] }>();

export async function listLanguageSuggestions(
  db: Db,
  staff: StaffContext,
  { maxAgeMs = CACHE_MS, now = Date.now() }: { maxAgeMs?: number; now?: number } = {},
): Promise<LanguageSuggestion[]> {
  assertRole(staff, "reviewer");
  const [latest] = await db.$queryRaw<
    { newest: Date | null }[]
  >`SELECT max(created_at) AS newest FROM signups`;
  const newest = latest?.newest?.getTime() ?? 0;
  const kept = cache.get(db);
  if (kept && kept.newest === newest && now - kept.at < maxAgeMs) return kept.suggestions;
  const suggestions = await countLanguages(db);
  cache.set(db, { at: now, newest, suggestions });
  return suggestions;
}

async function countLanguages(db: Db): Promise<LanguageSuggestion[]> {
  const found = await db.$queryRaw<{ name: string; count: number }[]>`
    SELECT l AS name, count(*)::int AS count FROM signups s, unnest(s.languages) AS l
     WHERE s.anonymized_at IS NULL GROUP BY l`;
  return mergeSpellings(found).slice(0, SUGGESTIONS_MAX);
}
