import "server-only";
import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { diffAnswers } from "../admin/answer-diff";
import { recordAudit } from "../auth/audit";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { SEND_EMAIL_TASK, VOLUNTEER_LINK_TASK } from "../jobs/queue";
import { markDoNotContact } from "../outreach/stop-emails";
import { anonymiseSignupRows } from "../signup/anonymise";
import { getMessages } from "../messages";
import { refreshReadiness } from "../onboarding/summary";
import { signupForm, type SignupAnswers } from "../signup/forms";
import type { Role } from "../signup/options";
import { signupColumns } from "../signup/signup-columns";
import { localDay } from "../time/zoned";
import type { VolunteerChangeKind } from "./change-kinds";
import type { VolunteerSession } from "./session";

// What a volunteer changes on their own pages (issue 22). Every change finds the signup by the
// session's address as well as its id, locks it, writes the change and a history event with
// no staff actor (the volunteer), and queues an email confirming it, in one transaction. The
// hourly staff digest reads those events. Do-not-contact is honoured for the confirmations
// too: "stop all emails" means all.

type Tx = Prisma.TransactionClient;
export type OwnChangeEnv = Pick<Env, "SITE_URL" | "EMAIL_MAX_ATTEMPTS" | "ORG_TIME_ZONE">;

/** done; unchanged (nothing to do); closed (withdrawn: only staff reopen it); not_found (not theirs). */
export type OwnChangeOutcome = "done" | "unchanged" | "closed" | "not_found";

type OwnRow = {
  id: string;
  role: Role;
  status: string;
  email: string;
  answers: Record<string, unknown>;
  pausedUntil: string | null;
  doNotContact: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function lockOwnSignup(tx: Tx, session: VolunteerSession, id: string): Promise<OwnRow | null> {
  if (!UUID.test(id)) return null;
  const [row] = await tx.$queryRaw<OwnRow[]>`
    SELECT id::text, role::text, status::text, email, answers, paused_until::text AS "pausedUntil",
           do_not_contact_at IS NOT NULL AS "doNotContact"
      FROM signups
     WHERE id = ${id}::uuid AND email = ${session.email} AND anonymized_at IS NULL
       FOR UPDATE`;
  return row ?? null;
}

/** The history event, and unless the volunteer stopped all emails, the email confirming it. */
async function recordOwnChange(
  tx: Tx,
  env: OwnChangeEnv,
  signup: OwnRow,
  kind: VolunteerChangeKind,
  detail: Record<string, unknown>,
): Promise<void> {
  const [event] = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO signup_events (signup_id, kind, detail)
    VALUES (${signup.id}::uuid, ${kind}, ${JSON.stringify(detail)}::jsonb) RETURNING id`;
  if (signup.doNotContact) return;
  const messageId = `<${randomUUID()}@${new URL(env.SITE_URL).hostname}>`;
  const [delivery] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO email_deliveries (id, signup_id, kind, recipient, message_id, event_id, updated_at)
    VALUES (gen_random_uuid(), ${signup.id}::uuid, 'volunteer_self_change', ${signup.email}, ${messageId},
            ${event!.id}, now())
    RETURNING id::text`;
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(${SEND_EMAIL_TASK}, json_build_object('deliveryId', ${delivery!.id}::text),
           max_attempts => ${env.EMAIL_MAX_ATTEMPTS}::int, job_key => ${delivery!.id}::text)`;
}

/**
 * New answers from the form the volunteer first sent (already parsed by its schema, the address
 * the session's). Answers waiting for confirmation from a second post are set aside: what the
 * volunteer saves here is newer.
 */
export async function changeOwnAnswers(
  db: Db,
  env: OwnChangeEnv,
  session: VolunteerSession,
  signupId: string,
  submission: SignupAnswers,
  locale: string,
): Promise<OwnChangeOutcome> {
  return db.$transaction(async (tx) => {
    const signup = await lockOwnSignup(tx, session, signupId);
    if (!signup || signup.role !== submission.role || submission.answers.email !== session.email)
      return "not_found";
    // As stored: JSON has no undefined.
    const answers = JSON.parse(JSON.stringify(submission.answers)) as Record<string, unknown>;
    if (isDeepStrictEqual(answers, signup.answers)) return "unchanged";
    const { role: _role, email: _email, ...columns } = signupColumns(submission);
    await tx.signup.update({
      where: { id: signup.id },
      data: { ...columns, answers: answers as Prisma.InputJsonObject, version: { increment: 1 } },
    });
    await tx.$executeRaw`
      UPDATE signup_proposals SET replaced_at = now()
       WHERE signup_id = ${signup.id}::uuid AND applied_at IS NULL AND replaced_at IS NULL`;
    const changed = diffAnswers(signupForm(signup.role), signup.answers, answers, getMessages().forms);
    await recordOwnChange(tx, env, signup, "updated", {
      previousAnswers: signup.answers,
      // Which questions, by name, for the email that confirms it (in the volunteer's words).
      changed: changed.map((change) => change.name),
      selfService: true,
      locale,
    });
    // New answers can need other steps (a language pair, a mentor asked for).
    await refreshReadiness(tx, [signup.id], localDay(new Date(), env.ORG_TIME_ZONE));
    return "done";
  });
}

/** Paused (staff's `inactive`) until the day given, checked by checkPauseUntil(). */
export async function pauseOwnSignup(
  db: Db,
  env: OwnChangeEnv,
  session: VolunteerSession,
  signupId: string,
  until: string,
  locale: string,
): Promise<OwnChangeOutcome> {
  return db.$transaction(async (tx) => {
    const signup = await lockOwnSignup(tx, session, signupId);
    if (!signup) return "not_found";
    if (signup.status === "declined") return "closed";
    if (signup.status === "inactive" && signup.pausedUntil === until) return "unchanged";
    await tx.$executeRaw`
      UPDATE signups SET status = 'inactive', paused_until = ${until}::date, status_changed_at = now(),
             status_changed_by = NULL, version = version + 1, updated_at = now()
       WHERE id = ${signup.id}::uuid`;
    await recordOwnChange(tx, env, signup, "volunteer_paused", {
      from: signup.status,
      to: "inactive",
      until,
      locale,
    });
    return "done";
  });
}

/** Withdrawn (staff's `declined`): the volunteer no longer wants a case. Staff can reopen it. */
export async function withdrawOwnSignup(
  db: Db,
  env: OwnChangeEnv,
  session: VolunteerSession,
  signupId: string,
  locale: string,
): Promise<OwnChangeOutcome> {
  return db.$transaction(async (tx) => {
    const signup = await lockOwnSignup(tx, session, signupId);
    if (!signup) return "not_found";
    if (signup.status === "declined") return "unchanged";
    await tx.$executeRaw`
      UPDATE signups SET status = 'declined', paused_until = NULL, status_changed_at = now(),
             status_changed_by = NULL, version = version + 1, updated_at = now()
       WHERE id = ${signup.id}::uuid`;
    await recordOwnChange(tx, env, signup, "volunteer_withdrew", {
      from: signup.status,
      to: "declined",
      locale,
    });
    return "done";
  });
}

/** Do-not-contact on every signup of the address; answers how many it newly stopped. */
export async function stopOwnEmails(db: Db, session: VolunteerSession): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM signups
       WHERE email = ${session.email} AND anonymized_at IS NULL AND do_not_contact_at IS NULL
       ORDER BY id FOR UPDATE`;
    await markDoNotContact(
      tx,
      rows.map((row) => row.id),
      { selfService: true },
    );
    return rows.length;
  });
}

/**
 * The volunteer's "delete my data": every signup of the address anonymised at once, exactly as
 * staff's Anonymise does, with a `volunteer_deleted` event and an audit entry each (the
 * volunteer as actor). The address's links, sessions and a link email still queued go too: they
 * hold the address. No email confirms it; keeping the address to write to would undo it.
 * Answers how many signups it anonymised.
 */
export async function deleteOwnData(db: Db, session: VolunteerSession): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM signups WHERE email = ${session.email} AND anonymized_at IS NULL`;
    const done = await anonymiseSignupRows(
      tx,
      rows.map((row) => row.id),
    );
    for (const id of done) {
      await tx.signupEvent.create({ data: { signupId: id, kind: "volunteer_deleted", detail: {} } });
      await recordAudit(tx, {
        actorId: null,
        action: "volunteer_deleted_data",
        subject: id,
        detail: { actor: "volunteer" },
      });
    }
    await tx.$executeRaw`DELETE FROM volunteer_sessions WHERE email = ${session.email}`;
    await tx.$executeRaw`DELETE FROM volunteer_links WHERE email = ${session.email}`;
    await tx.$executeRaw`
      SELECT graphile_worker.complete_jobs(ARRAY(
        SELECT j.id FROM graphile_worker._private_jobs j
          JOIN graphile_worker._private_tasks t ON t.id = j.task_id
         WHERE t.identifier = ${VOLUNTEER_LINK_TASK} AND j.payload ->> 'email' = ${session.email}))`;
    return done.length;
  });
}
