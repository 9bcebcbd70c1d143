import type { Db } from "../db/client";
import { refreshReadiness } from "./summary";

// The daily job stores readiness again where the stored derivation is missing or out of date:
// signups never derived (steps_open NULL: signed up since, or from before onboarding existed)
// and those whose first expiry has passed (a step expired overnight). Each batch is its own
// short transaction, so the first run over 100,000 signups holds no lock for long.

const BATCH = 500;

/** Stores the readiness of every signup due on `today` (YYYY-MM-DD); answers how many. */
export async function refreshDueReadiness(db: Db, today: string): Promise<number> {
  // Found through the (steps_open, first_expiry) and (first_expiry) indexes, without locks.
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM signups
     WHERE anonymized_at IS NULL AND (steps_open IS NULL OR first_expiry < ${today}::date)
     ORDER BY id`;
  let refreshed = 0;
  for (let start = 0; start < due.length; start += BATCH) {
    const ids = due.slice(start, start + BATCH).map((row) => row.id);
    refreshed += await db.$transaction(async (tx) => {
      // Still due, and not being changed right now: a signup staff are changing is derived by
      // their change (and, failing that, by tomorrow's run).
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM signups
         WHERE id = ANY(${ids}::uuid[]) AND anonymized_at IS NULL
           AND (steps_open IS NULL OR first_expiry < ${today}::date)
           FOR UPDATE SKIP LOCKED`;
      await refreshReadiness(
        tx,
        locked.map((row) => row.id),
        today,
      );
      return locked.length;
    });
  }
  return refreshed;
}
