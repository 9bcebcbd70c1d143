import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { SEND_EMAIL_TASK } from "../jobs/queue";
import { anonymisedAnswers } from "./anonymised-answers";
import type { Role } from "./options";

// Removing a volunteer's personal data while keeping the row, so counts by role, status and
// date stay true. Used by a staff member's privacy request (lib/admin/signup-privacy.ts) and by
// the retention job (lib/jobs/retention-task.ts); each calls it inside its own transaction.
// No "server-only" here: `npm run worker` runs the retention job outside Next.js.

type Tx = Prisma.TransactionClient | Db;

export const ANONYMISED_NAME = "Anonymised";
/** Unique (the email index stays meaningful) and undeliverable (.invalid is reserved). */
export const anonymisedEmail = (id: string) => `anonymised-${id}@invalid`;

/**
 * Event details keep only numbers, booleans and these string keys (ids, statuses, kinds, a
 * pause's end day): anything else may be personal and goes (previous answers come back
 * scrubbed, below).
 */
const EVENT_STRING_KEYS = [
  "deliveryId",
  "kind",
  "from",
  "to",
  "status",
  "previousStatus",
  "noteId",
  "assigneeId",
  "previousAssigneeId",
  "proposalId",
  "until",
];

/**
 * Queued jobs for these signups' emails are removed, so nothing is sent after the data is gone;
 * a job already running finds the signup anonymised (or gone) and sends nothing.
 */
export async function removeQueuedEmails(tx: Tx, signupIds: string[]): Promise<void> {
  await tx.$executeRaw`
    SELECT graphile_worker.complete_jobs(ARRAY(
      SELECT j.id FROM graphile_worker._private_jobs j
        JOIN graphile_worker._private_tasks t ON t.id = j.task_id
       WHERE t.identifier = ${SEND_EMAIL_TASK}
         AND j.payload ->> 'deliveryId' IN (
           SELECT d.id::text FROM email_deliveries d WHERE d.signup_id = ANY(${signupIds}::uuid[]))))`;
}

/**
 * Anonymises those of `ids` not anonymised yet (locking them first, so two requests at once
 * anonymise once) and answers the ids it anonymised. Call it inside a transaction.
 */
export async function anonymiseSignupRows(tx: Tx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; role: Role; answers: unknown }[]>`
    SELECT id::text, role::text, answers FROM signups
     WHERE id = ANY(${ids}::uuid[]) AND anonymized_at IS NULL
     ORDER BY id FOR UPDATE`;
  if (rows.length === 0) return [];
  const done = rows.map((row) => row.id);
  const answers = rows.map((row) => JSON.stringify(anonymisedAnswers(row.role, row.answers)));
  const emails = done.map(anonymisedEmail);

  await tx.$executeRaw`
    UPDATE signups s SET
      first_name = ${ANONYMISED_NAME}, last_name = '', email = v.email,
      phone = NULL, city = '', state = '', languages = '{}', organization = NULL,
      follow_up_reason = NULL, answers = v.answers, anonymized_at = now(), version = s.version + 1, updated_at = now()
      FROM unnest(${done}::uuid[], ${answers}::jsonb[], ${emails}::text[]) AS v(id, answers, email)
     WHERE s.id = v.id`;
  await tx.$executeRaw`
    UPDATE signup_notes SET body = '', version = version + 1, updated_at = now()
     WHERE signup_id = ANY(${done}::uuid[])`;
  // A message as sent greets the volunteer by name: only that one was sent stays.
  await tx.$executeRaw`
    UPDATE outreach_messages SET subject = '', body = '' WHERE signup_id = ANY(${done}::uuid[])`;
  // A resubmission's previous answers keep what the answers keep, so the history still shows
  // what changed among them (and nothing else).
  const updates = await tx.$queryRaw<{ id: bigint; role: Role; previous: unknown }[]>`
    SELECT e.id, s.role::text, e.detail -> 'previousAnswers' AS previous
      FROM signup_events e JOIN signups s ON s.id = e.signup_id
     WHERE e.signup_id = ANY(${done}::uuid[]) AND jsonb_typeof(e.detail -> 'previousAnswers') = 'object'`;
  await tx.$executeRaw`
    UPDATE signup_events e SET detail = (
      SELECT coalesce(jsonb_object_agg(f.key, f.value), '{}'::jsonb) FROM jsonb_each(e.detail) f
       WHERE jsonb_typeof(f.value) IN ('number', 'boolean', 'null')
          OR (jsonb_typeof(f.value) = 'string' AND f.key = ANY(${EVENT_STRING_KEYS}::text[])))
     WHERE e.signup_id = ANY(${done}::uuid[]) AND jsonb_typeof(e.detail) = 'object'`;
  await tx.$executeRaw`
    UPDATE signup_events SET detail = NULL
     WHERE signup_id = ANY(${done}::uuid[]) AND detail IS NOT NULL AND jsonb_typeof(detail) <> 'object'`;
  if (updates.length) {
    const previous = updates.map((row) => JSON.stringify(anonymisedAnswers(row.role, row.previous)));
    await tx.$executeRaw`
      UPDATE signup_events e SET detail = e.detail || jsonb_build_object('previousAnswers', v.previous)
        FROM unnest(${updates.map((row) => row.id)}::bigint[], ${previous}::jsonb[]) AS v(id, previous)
       WHERE e.id = v.id`;
  }
  // A step's text is a licence or EOIR number, a mentor's name: the person's. Which steps were
  // done, and when, stays for the counts.
  await tx.$executeRaw`
    UPDATE onboarding_steps SET value = NULL, updated_at = now() WHERE signup_id = ANY(${done}::uuid[])`;
  // Answers waiting for the volunteer's confirmation are the person's too, and will never apply.
  await tx.$executeRaw`DELETE FROM signup_proposals WHERE signup_id = ANY(${done}::uuid[])`;
  await removeQueuedEmails(tx, done);
  // An email never sent says nothing staff need: it goes, so it shows as neither queued nor failed.
  await tx.$executeRaw`
    DELETE FROM email_deliveries WHERE signup_id = ANY(${done}::uuid[]) AND sent_at IS NULL`;
  await tx.$executeRaw`
    UPDATE email_deliveries d SET last_error = NULL, updated_at = now(),
           recipient = CASE WHEN d.kind = 'staff_notification' THEN d.recipient ELSE v.email END
      FROM unnest(${done}::uuid[], ${emails}::text[]) AS v(id, email)
     WHERE d.signup_id = v.id`;
  return done;
}
