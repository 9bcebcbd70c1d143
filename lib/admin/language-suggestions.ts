import "server-only";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import type { Db } from "../db/client";
import { mergeSpellings, type LanguageSuggestion } from "./language-names";

// The languages volunteers named, with how many signups named each, for the list's language
// filter to offer.

/** At most this many, the most named first: enough for every language a list is filtered by. */
export const SUGGESTIONS_MAX = 60;

export async function listLanguageSuggestions(db: Db, staff: StaffContext): Promise<LanguageSuggestion[]> {
  assertRole(staff, "reviewer");
  const found = await db.$queryRaw<{ name: string; count: number }[]>`
    SELECT l AS name, count(*)::int AS count FROM signups s, unnest(s.languages) AS l
     WHERE s.anonymized_at IS NULL GROUP BY l`;
  return mergeSpellings(found).slice(0, SUGGESTIONS_MAX);
}
