import type { CronItem, Task } from "graphile-worker";
import type { Transporter } from "nodemailer";
import type { Db } from "../db/client";
import { ONBOARDING_DAILY_TASK } from "../jobs/queue";
import { localDay } from "../time/zoned";
import { stalledBefore } from "./pipeline-sql";
import { refreshDueReadiness } from "./refresh-due";
import { makeOnboardingDigests, sendOnboardingDigests, type DigestEnv } from "./staff-onboarding-digest";
import { queueVolunteerReminders, type ReminderEnv } from "./volunteer-reminders";

// The onboarding's daily job (docs/decisions/034-onboarding-reminders.md): store readiness again
// where it is missing or an expiry passed, queue the volunteers' weekly reminders, email each
// staff member their stalled and expiring volunteers, and delete digests sent long ago. Every
// step is safe to repeat and to run from two instances at once. No "server-only": `npm run worker` runs it outside Next.js.

/**
 * Daily at 14:05 UTC (7:05 in Denver in winter, 8:05 in summer: a working morning across the
 * US), catching up a missed day; every worker shares the one schedule (the task as job key).
 */
export const onboardingDailyCronItems: CronItem[] = [
  {
    task: ONBOARDING_DAILY_TASK,
    match: "5 14 * * *",
    options: { backfillPeriod: 24 * 60 * 60 * 1000, jobKey: ONBOARDING_DAILY_TASK },
  },
];

export type OnboardingDailyEnv = DigestEnv & ReminderEnv;

export type OnboardingDailyOutcome = { refreshed: number; remindersQueued: number; digestsSent: number };

/** Sent digests are kept this long (to answer "did I get one that day?"), then deleted. */
export const DIGEST_KEEP_DAYS = 60;

/** Deletes the hourly and the daily staff digests sent more than DIGEST_KEEP_DAYS ago. */
async function deleteOldDigests(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - DIGEST_KEEP_DAYS * 24 * 60 * 60 * 1000);
  await db.$executeRaw`DELETE FROM staff_digests WHERE sent_at < ${before}`;
  await db.$executeRaw`DELETE FROM onboarding_digests WHERE sent_at < ${before}`;
}

/** One day's run, as of `now`; throws after doing everything else when a digest could not be sent. */
export async function runOnboardingDaily(
  db: Db,
  transport: Transporter,
  env: OnboardingDailyEnv,
  now = new Date(),
): Promise<OnboardingDailyOutcome> {
  const today = localDay(now, env.ORG_TIME_ZONE);
  const before = stalledBefore(now, env.STALLED_DAYS);
  const refreshed = await refreshDueReadiness(db, today);
  const remindersQueued = await queueVolunteerReminders(db, env, now);
  await makeOnboardingDigests(db, env, today, before);
  const digestsSent = await sendOnboardingDigests(db, transport, env, today, before);
  await deleteOldDigests(db, now);
  return { refreshed, remindersQueued, digestsSent };
}

export function createOnboardingDailyTask({
  db,
  transport,
  env,
}: {
  db: Db;
  transport: Transporter;
  env: OnboardingDailyEnv;
}): Task {
  return async () => {
    await runOnboardingDaily(db, transport, env);
  };
}
