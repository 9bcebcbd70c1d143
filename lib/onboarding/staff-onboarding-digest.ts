import type { Transporter } from "nodemailer";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { sendEachOnce } from "../jobs/send-each-once";
import { renderOnboardingDigest, type DigestVolunteer } from "../email/templates/onboarding-digest";
import { sendEmail } from "../email/transport";
import { Prisma } from "../generated/prisma/client";
import { EXPIRING_DAYS } from "./pipeline";
import { expiringSql, stalledSql } from "./pipeline-sql";

// Each staff member hears once a day of the volunteers assigned to them who stalled or have a
// step expiring (docs/decisions/034-onboarding-reminders.md). As the hourly digest (decision
// 031), in two steps, each safe to repeat: making puts one row per member and day
// (onboarding_digests, unique), sending sends each row not yet sent under its row lock. Not
// through the email queue: a digest lists many signups and is no one's record.

/** An SMTP exchange takes seconds at most (transport.ts: 10 s to connect, 20 s idle). */
const SEND_TIMEOUT_MS = 60_000;

export type DigestEnv = Pick<Env, "MAIL_FROM" | "SITE_URL" | "ORG_TIME_ZONE" | "STALLED_DAYS">;

/** What a digest lists: assigned, still in the pipeline, not anonymised, stalled or expiring. */
const listedSql = (today: string, before: Date) => Prisma.sql`
  s.anonymized_at IS NULL AND s.status NOT IN ('declined', 'inactive')
  AND (${stalledSql(today, before)} OR ${expiringSql(today)})`;

/**
 * Makes today's digest for every staff member (not banned) with a volunteer to list; a member
 * who has one already keeps it. Answers how many were made now.
 */
export async function makeOnboardingDigests(db: Db, env: Pick<Env, "SITE_URL">, today: string, before: Date) {
  const host = new URL(env.SITE_URL).hostname;
  return db.$executeRaw`
    INSERT INTO onboarding_digests (staff_id, day, message_id)
    SELECT u.id, ${today}::date, '<onboarding-digest-' || gen_random_uuid()::text || '@' || ${host} || '>'
      FROM staff_users u
     WHERE u.banned IS NOT TRUE
       AND EXISTS (SELECT 1 FROM signups s WHERE s.assignee_id = u.id AND ${listedSql(today, before)})
    ON CONFLICT (staff_id, day) DO NOTHING`;
}

type Tx = Prisma.TransactionClient;

/** The volunteers a member's digest lists, as they are now. */
async function loadVolunteers(
  tx: Tx,
  staffId: string,
  today: string,
  before: Date,
): Promise<DigestVolunteer[]> {
  return tx.$queryRaw<DigestVolunteer[]>`
    SELECT s.id::text AS "signupId", s.role::text AS role, s.first_name || ' ' || s.last_name AS name,
           coalesce(s.steps_open, 0)::int AS "stepsOpen", s.last_step_at AS "lastStepAt",
           s.created_at AS "createdAt", s.first_expiry::text AS "firstExpiry",
           (SELECT o.step_key FROM onboarding_steps o
             WHERE o.signup_id = s.id AND o.expires_on = s.first_expiry ORDER BY o.step_key LIMIT 1)
             AS "expiringStep",
           coalesce(${stalledSql(today, before)}, false) AS stalled,
           coalesce(${expiringSql(today)}, false) AS expiring
      FROM signups s
     WHERE s.assignee_id = ${staffId} AND ${listedSql(today, before)}`;
}

/**
 * Sends each of today's digests not yet sent, once (lib/jobs/send-each-once.ts). A digest whose
 * list emptied since it was made is marked sent without an email. Answers how many were sent.
 */
export function sendOnboardingDigests(
  db: Db,
  transport: Transporter,
  env: DigestEnv,
  today: string,
  before: Date,
): Promise<number> {
  return sendEachOnce(db, {
    timeoutMs: SEND_TIMEOUT_MS,
    next: async (tx, after) => {
      const [digest] = await tx.$queryRaw<
        { id: bigint; staffId: string; messageId: string; email: string; name: string }[]
      >`
        SELECT d.id, d.staff_id AS "staffId", d.message_id AS "messageId", u.email, u.name
          FROM onboarding_digests d JOIN staff_users u ON u.id = d.staff_id
         WHERE d.day = ${today}::date AND d.sent_at IS NULL AND d.id > ${after}::bigint
         ORDER BY d.id LIMIT 1 FOR UPDATE OF d SKIP LOCKED`;
      return digest ?? null;
    },
    send: async (tx, digest) => {
      const volunteers = await loadVolunteers(tx, digest.staffId, today, before);
      if (volunteers.length === 0) return false;
      await sendEmail(transport, {
        from: env.MAIL_FROM,
        to: digest.email,
        messageId: digest.messageId,
        ...renderOnboardingDigest({
          staffName: digest.name,
          volunteers,
          stalledDays: env.STALLED_DAYS,
          expiringDays: EXPIRING_DAYS,
          siteUrl: env.SITE_URL,
          timeZone: env.ORG_TIME_ZONE,
        }),
      });
      return true;
    },
    markSent: async (tx, digest) => {
      await tx.$executeRaw`UPDATE onboarding_digests SET sent_at = now() WHERE id = ${digest.id}`;
    },
  });
}
