import { Prisma } from "../generated/prisma/client";
import { addDays } from "../time/zoned";
import { EXPIRING_DAYS } from "./pipeline";
import { readySql } from "./summary";

// Where each volunteer stands between signup and ready, over the readiness each signup stores
// (lib/onboarding/summary.ts): the dashboard's pipeline, the staff digest and the reminders read
// these conditions, and the signups list filters on the same words (`readiness=`). Every
// fragment reads the signup as `s`. No "server-only": the worker's daily job uses them too.

/** Not ready on `today`: never derived (steps_open NULL), a step open, or a done step expired. */
export const notReadySql = (today: string) => Prisma.sql`NOT coalesce(${readySql(today)}, false)`;

/** The instant before which a volunteer's last step (or signup) makes them stalled. */
export function stalledBefore(now: Date, stalledDays: number): Date {
  return new Date(now.getTime() - stalledDays * 24 * 60 * 60 * 1000);
}

/**
 * Stalled: not ready, still in the pipeline (not declined or inactive), and no step done for
 * STALLED_DAYS (counted from the signup when none was ever done).
 */
export const stalledSql = (today: string, before: Date) =>
  Prisma.sql`(s.status NOT IN ('declined', 'inactive') AND ${notReadySql(today)}
    AND coalesce(s.last_step_at, s.created_at) < ${before}::timestamptz)`;

/** Expiring: the first expiry of a done step is today or within the next EXPIRING_DAYS - 1 days. */
export const expiringSql = (today: string) =>
  Prisma.sql`(s.first_expiry >= ${today}::date AND s.first_expiry <= ${addDays(today, EXPIRING_DAYS - 1)}::date)`;

/**
 * Steps left for a volunteer not ready: the stored count, plus the step whose expiry passed
 * since it was stored (the daily job stores it again the next morning).
 */
export const stepsLeftSql = (today: string) =>
  Prisma.sql`(coalesce(s.steps_open, 0) + CASE WHEN s.first_expiry < ${today}::date THEN 1 ELSE 0 END)`;
