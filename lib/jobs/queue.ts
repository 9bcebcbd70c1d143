import { runMigrations } from "graphile-worker";
import { quietLogger } from "./logger";

// The email queue is graphile-worker (docs/decisions/004-signup-storage-and-email-queue.md):
// jobs live in PostgreSQL, are added in the same transaction as the signup, and are retried
// with exponential backoff.

export const SEND_EMAIL_TASK = "send_email";
/** An email to a staff member about their own account (invitation, password link). */
export const SEND_STAFF_EMAIL_TASK = "send_staff_email";
/** Looks an address up and, when it has signups, emails it a link to them (lib/volunteer-access/link-task.ts). */
export const VOLUNTEER_LINK_TASK = "send_volunteer_link";
/** One email to the staff inbox listing the emails that failed for good (also its job key). */
export const FAILED_EMAIL_NOTICE_TASK = "notify_failed_emails";
/** Hourly: one email per staff inbox of volunteers' own changes (lib/volunteer-access/staff-digest-task.ts; also its job key). */
export const STAFF_DIGEST_TASK = "staff_digest_volunteer_changes";
/** Daily: readiness refreshed, volunteers reminded, staff told of stalled and expiring volunteers (lib/onboarding/daily-task.ts; also its job key). */
export const ONBOARDING_DAILY_TASK = "onboarding_daily";

/** Creates or upgrades graphile-worker's own schema; safe to run on every start. */
export async function migrateQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger });
}
