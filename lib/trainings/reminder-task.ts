import type { CronItem, Task } from "graphile-worker";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { queueTrainingEmail } from "./training-emails";

// The day-before reminder of a place in a training: every quarter hour, each place whose
// reminder time has come gets its reminder queued, once. The UPDATE marks the place and the
// email is queued in the same transaction; a second worker's UPDATE waits on the row locks and
// then finds them marked, so two instances queue each reminder once. Not for a place given
// back, a cancelled session, a volunteer who asked for no more emails, or a place taken after
// the reminder time (its confirmation just went). No "server-only": the worker runs it.

export const TRAINING_REMINDER_TASK = "training_reminders";
/** The organization's clock time, on the day before a session, when its reminders go. */
export const REMINDER_TIME = "09:00";
/** EMAIL_MAX_ATTEMPTS's default (env-schema.ts), for a worker started without it. */
const DEFAULT_MAX_ATTEMPTS = 12;

export const trainingReminderCronItems: CronItem[] = [
  {
    task: TRAINING_REMINDER_TASK,
    match: "*/15 * * * *",
    options: { backfillPeriod: 15 * 60 * 1000, jobKey: TRAINING_REMINDER_TASK },
  },
];

type ReminderEnv = Pick<Env, "SITE_URL" | "ORG_TIME_ZONE"> & Partial<Pick<Env, "EMAIL_MAX_ATTEMPTS">>;

/** Queues every reminder due at `now`; answers how many. */
export async function queueTrainingReminders(db: Db, env: ReminderEnv, now = new Date()): Promise<number> {
  const zone = env.ORG_TIME_ZONE;
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; signupId: string; email: string }[]>`
      WITH places AS (
        SELECT r.id, ((t.starts_at AT TIME ZONE ${zone})::date - 1 + ${REMINDER_TIME}::time) AT TIME ZONE ${zone}
                 AS remind_at
          FROM training_registrations r
          JOIN training_sessions t ON t.id = r.session_id
          JOIN signups s ON s.id = r.signup_id
         WHERE r.cancelled_at IS NULL AND r.reminder_queued_at IS NULL AND t.cancelled_at IS NULL
           AND t.starts_at > ${now} AND s.anonymized_at IS NULL AND s.do_not_contact_at IS NULL)
      UPDATE training_registrations r SET reminder_queued_at = ${now}
        FROM places p, signups s
       WHERE r.id = p.id AND s.id = r.signup_id AND p.remind_at <= ${now} AND r.registered_at < p.remind_at
         AND r.reminder_queued_at IS NULL AND r.cancelled_at IS NULL
      RETURNING r.id::text, r.signup_id::text AS "signupId", s.email`;
    for (const place of due) {
      await queueTrainingEmail(
        tx,
        { SITE_URL: env.SITE_URL, EMAIL_MAX_ATTEMPTS: env.EMAIL_MAX_ATTEMPTS ?? DEFAULT_MAX_ATTEMPTS },
        {
          kind: "training_reminder",
          signupId: place.signupId,
          recipient: place.email,
          registrationId: place.id,
        },
      );
    }
    return due.length;
  });
}

export function createTrainingReminderTask({ db, env }: { db: Db; env: ReminderEnv }): Task {
  return async () => {
    await queueTrainingReminders(db, env);
  };
}
