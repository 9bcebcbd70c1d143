import type { CronItem, Task } from "graphile-worker";
import type { Db } from "../db/client";
import { anonymiseSignupRows } from "../signup/anonymise";

// Retention (SIGNUP_RETENTION_DAYS): declined and inactive signups whose status has not changed
// for that many days are anonymised once a day, in batches, each its own short transaction.

export const RETENTION_TASK = "signups_retention";
const BATCH = 200;

/** The daily schedule, or none when retention is off. Runs at 03:17 UTC, catching up a missed day. */
export function retentionCronItems(days: number | undefined): CronItem[] {
  if (!days) return [];
  return [
    {
      task: RETENTION_TASK,
      match: "17 3 * * *",
      options: { backfillPeriod: 24 * 60 * 60 * 1000, jobKey: RETENTION_TASK },
    },
  ];
}

/** Anonymises every signup due and records one audit event with how many (no actor: the system). */
export async function anonymiseExpiredSignups(
  db: Db,
  { days, now = new Date() }: { days: number; now?: Date },
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  let count = 0;
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      // SKIP LOCKED: a signup a staff member is changing right now waits for tomorrow's run.
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM signups
         WHERE status IN ('declined', 'inactive') AND anonymized_at IS NULL
           AND coalesce(status_changed_at, updated_at) < ${cutoff}
         ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      return anonymiseSignupRows(
        tx,
        due.map((row) => row.id),
      );
    });
    count += done.length;
    if (done.length < BATCH) break;
  }
  // Written directly: recordAudit is for Next.js only, and `npm run worker` runs this too.
  await db.auditEvent.create({
    data: { actorId: null, action: "signups_retention_anonymized", detail: { count, days } },
  });
  return count;
}

export function createRetentionTask({ db, days }: { db: Db; days: number }): Task {
  return async () => {
    await anonymiseExpiredSignups(db, { days });
  };
}
