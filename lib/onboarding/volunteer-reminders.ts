import { randomUUID } from "node:crypto";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { SEND_EMAIL_TASK } from "../jobs/queue";
import { STAFF_SHARE } from "../outreach/hourly-slots";
import { reserveVolunteerEmailHours } from "../outreach/reserve-hours";
import { trainingStepKeys, volunteerTaskKeys } from "./volunteer-steps";

// Once a day, volunteers with steps of their own still open are reminded of them, each at most
// once a week (signups.onboarding_reminded_at), never after asking for no more emails, nor once
// declined, inactive (paused), anonymised or ready. Each reminder is an email delivery
// (kind volunteer_onboarding_reminder) with its send_email job: retried, and listed on the
// record. Docs: docs/decisions/034-onboarding-reminders.md.

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 200;
/** A day's reminders take at most the staff share of this many hours of the volunteer-email cap. */
const HOURS_PER_RUN = 12;

export type ReminderEnv = Pick<Env, "SITE_URL" | "EMAIL_MAX_ATTEMPTS" | "CONFIRMATION_EMAILS_PER_HOUR">;

/** Holds a place in a training session still to come (the signup as `s`). */
export const hasTrainingPlaceSql = (now: Date) => Prisma.sql`EXISTS (
  SELECT 1 FROM training_registrations r JOIN training_sessions t ON t.id = r.session_id
   WHERE r.signup_id = s.id AND r.cancelled_at IS NULL AND t.cancelled_at IS NULL
     AND t.ends_at > ${now}::timestamptz)`;

/**
 * Due a reminder at `now`: still in the pipeline and reachable, a step of their own open (a
 * training counts unless they hold a place in a session to come), and a week since the later
 * of signing up, the last reminder and the last step they did.
 */
const dueSql = (now: Date) => Prisma.sql`
  s.anonymized_at IS NULL AND s.do_not_contact_at IS NULL AND s.status NOT IN ('declined', 'inactive')
  AND s.steps_open > 0
  AND (s.steps_missing && ${volunteerTaskKeys()}::text[]
       OR (s.steps_missing && ${trainingStepKeys()}::text[] AND NOT ${hasTrainingPlaceSql(now)}))
  AND greatest(s.created_at, s.onboarding_reminded_at, s.last_step_at) <= ${new Date(now.getTime() - WEEK_MS)}::timestamptz`;

/** How many reminders one day's run may queue: a flood waits for the next days, longest-waiting first. */
export const remindersPerRun = (env: ReminderEnv) =>
  Math.max(1, Math.floor(env.CONFIRMATION_EMAILS_PER_HOUR * STAFF_SHARE * HOURS_PER_RUN));

/**
 * Queues the reminders due at `now`; answers how many. Two runs at once queue each once: a
 * signup is taken under its row lock (SKIP LOCKED) and its condition checked again there, and
 * the same transaction sets onboarding_reminded_at.
 */
export async function queueVolunteerReminders(db: Db, env: ReminderEnv, now = new Date()): Promise<number> {
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id::text FROM signups s WHERE ${dueSql(now)}
     ORDER BY greatest(s.created_at, s.onboarding_reminded_at, s.last_step_at), s.id
     LIMIT ${remindersPerRun(env)}`;
  const host = new URL(env.SITE_URL).hostname;
  let queued = 0;
  for (let start = 0; start < candidates.length; start += BATCH) {
    const ids = candidates.slice(start, start + BATCH).map((row) => row.id);
    queued += await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string; email: string }[]>`
        SELECT s.id::text, s.email FROM signups s
         WHERE s.id = ANY(${ids}::uuid[]) AND ${dueSql(now)}
         ORDER BY s.id FOR UPDATE SKIP LOCKED`;
      if (due.length === 0) return 0;
      const { runAt } = await reserveVolunteerEmailHours(
        tx,
        env.CONFIRMATION_EMAILS_PER_HOUR,
        due.length,
        now,
      );
      const deliveryIds = due.map(() => randomUUID());
      await tx.$executeRaw`
        INSERT INTO email_deliveries (id, signup_id, kind, recipient, message_id, updated_at)
        SELECT id, signup_id, 'volunteer_onboarding_reminder', recipient, '<' || id::text || '@' || ${host} || '>', now()
          FROM unnest(${deliveryIds}::uuid[], ${due.map((d) => d.id)}::uuid[], ${due.map((d) => d.email)}::text[])
               AS x(id, signup_id, recipient)`;
      await tx.$executeRaw`
        SELECT graphile_worker.add_jobs(array_agg(ROW(
                 ${SEND_EMAIL_TASK}, json_build_object('deliveryId', id::text), NULL, run_at,
                 ${env.EMAIL_MAX_ATTEMPTS}::int, id::text, NULL, NULL)::graphile_worker.job_spec))
          FROM unnest(${deliveryIds}::uuid[], ${runAt}::timestamptz[]) AS x(id, run_at)`;
      await tx.$executeRaw`
        UPDATE signups SET onboarding_reminded_at = ${now}::timestamptz
         WHERE id = ANY(${due.map((d) => d.id)}::uuid[])`;
      return due.length;
    });
  }
  return queued;
}
