import { randomUUID } from "node:crypto";
import type { CronItem, Task } from "graphile-worker";
import type { Transporter } from "nodemailer";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { sendEachOnce } from "../jobs/send-each-once";
import { renderStaffDigest } from "../email/templates/staff-digest";
import { sendEmail } from "../email/transport";
import { STAFF_DIGEST_TASK } from "../jobs/queue";
import type { Role } from "../signup/options";
import { staffInboxFor, type StaffInboxes } from "../signup/staff-inbox";
import { VOLUNTEER_CHANGE_KINDS } from "./change-kinds";
import { loadDigestEntries } from "./staff-digest-entries";

// Staff hear of volunteers' own changes once an hour, one email per inbox
// (docs/decisions/031-staff-digest-of-volunteer-changes.md). Two steps, each safe to repeat:
// making the digests takes every change not yet in one, and sending sends each digest not yet
// sent. No "server-only": `npm run worker` runs it outside Next.js.

/** Hourly at minute 7, catching up a missed hour; every worker shares the one schedule. */
export const staffDigestCronItems: CronItem[] = [
  {
    task: STAFF_DIGEST_TASK,
    match: "7 * * * *",
    options: { backfillPeriod: 60 * 60 * 1000, jobKey: STAFF_DIGEST_TASK },
  },
];

// Makers of digests take this transaction lock in turn, so two runs at once make one digest per
// inbox rather than two halves (their scans need not take the rows in the same order). Each
// change is in one digest either way: the UPDATE's row locks and `digested_at IS NULL` see to it.
const MAKE_LOCK = 31_031;
/** An SMTP exchange takes seconds at most (transport.ts: 10 s to connect, 20 s idle). */
const SEND_TIMEOUT_MS = 60_000;

type DigestEnv = Pick<Env, "MAIL_FROM" | "SITE_URL" | "ORG_TIME_ZONE"> & StaffInboxes;

/**
 * Puts every volunteer change not yet in a digest into one new digest per staff inbox, in one
 * transaction: a change is marked exactly when its digest exists. Answers how many were made.
 */
export async function makeStaffDigests(db: Db, env: StaffInboxes & Pick<Env, "SITE_URL">): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MAKE_LOCK}::bigint)`;
    const events = await tx.$queryRaw<{ id: bigint; role: Role }[]>`
      UPDATE signup_events e SET digested_at = now()
        FROM signups s
       WHERE s.id = e.signup_id AND e.digested_at IS NULL AND e.actor_id IS NULL
         AND e.kind = ANY(${[...VOLUNTEER_CHANGE_KINDS]}::text[])
      RETURNING e.id, s.role::text AS role`;
    const byInbox = new Map<string, bigint[]>();
    for (const event of events) {
      const inbox = staffInboxFor(event.role, env);
      byInbox.set(inbox, [...(byInbox.get(inbox) ?? []), event.id]);
    }
    const host = new URL(env.SITE_URL).hostname;
    for (const [recipient, ids] of byInbox) {
      await tx.$executeRaw`
        INSERT INTO staff_digests (recipient, event_ids, message_id)
        VALUES (${recipient}, ${ids.map(String)}::bigint[], ${`<staff-digest-${randomUUID()}@${host}>`})`;
    }
    return byInbox.size;
  });
}

/** Sends each digest not yet sent, once (lib/jobs/send-each-once.ts); answers how many were sent. */
export function sendStaffDigests(db: Db, transport: Transporter, env: DigestEnv): Promise<number> {
  return sendEachOnce(db, {
    timeoutMs: SEND_TIMEOUT_MS,
    next: async (tx, after) => {
      const [digest] = await tx.$queryRaw<
        { id: bigint; recipient: string; eventIds: bigint[]; messageId: string }[]
      >`
        SELECT id, recipient, event_ids AS "eventIds", message_id AS "messageId" FROM staff_digests
         WHERE sent_at IS NULL AND id > ${after}::bigint
         ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
      return digest ?? null;
    },
    send: async (tx, digest) => {
      // Empty when every listed signup was deleted since: nothing to tell, and done.
      const entries = await loadDigestEntries(tx, digest.eventIds);
      if (entries.length === 0) return false;
      await sendEmail(transport, {
        from: env.MAIL_FROM,
        to: digest.recipient,
        messageId: digest.messageId,
        ...renderStaffDigest(entries, { siteUrl: env.SITE_URL, timeZone: env.ORG_TIME_ZONE }),
      });
      return true;
    },
    markSent: async (tx, digest) => {
      await tx.$executeRaw`UPDATE staff_digests SET sent_at = now() WHERE id = ${digest.id}`;
    },
  });
}

export function createStaffDigestTask({
  db,
  transport,
  env,
}: {
  db: Db;
  transport: Transporter;
  env: DigestEnv;
}): Task {
  return async () => {
    await makeStaffDigests(db, env);
    await sendStaffDigests(db, transport, env);
  };
}
