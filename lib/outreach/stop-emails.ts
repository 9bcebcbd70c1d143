import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { verifyUnsubscribeToken } from "../security/unsubscribe-token";

// A volunteer's "stop these emails": the signup becomes do-not-contact, which staff see on the
// record and which every later send to a list skips. Messages still waiting in the queue for
// it are not sent. No sign-in: the link's signature is the proof.

export type StopOutcome = "stopped" | "already" | "unknown";

export const STOPPED_REASON = "stopped: the volunteer asked for no more emails";

export async function stopEmails(db: Db, secret: string, token: string): Promise<StopOutcome> {
  const signupId = verifyUnsubscribeToken(token, secret);
  if (!signupId) return "unknown";
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ stopped: boolean }[]>`
      SELECT do_not_contact_at IS NOT NULL AS stopped FROM signups
       WHERE id = ${signupId}::uuid AND anonymized_at IS NULL FOR UPDATE`;
    if (!row) return "unknown";
    if (row.stopped) return "already";
    await markDoNotContact(tx, [signupId], {});
    return "stopped";
  });
}

/**
 * Marks these signups (locked by the caller) do-not-contact with a `do_not_contact` event each
 * carrying `detail`, and fails the messages still waiting for them. Also the volunteer's own
 * page's "stop all emails" (lib/volunteer-access/own-changes.ts).
 */
export async function markDoNotContact(
  tx: Prisma.TransactionClient,
  signupIds: string[],
  detail: Record<string, boolean>,
): Promise<void> {
  if (signupIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE signups SET do_not_contact_at = now(), updated_at = now() WHERE id = ANY(${signupIds}::uuid[])`;
  await tx.$executeRaw`
    INSERT INTO signup_events (signup_id, kind, detail)
    SELECT id, 'do_not_contact', ${JSON.stringify(detail)}::jsonb FROM unnest(${signupIds}::uuid[]) AS id`;
  await tx.$executeRaw`
    WITH waiting AS (
      UPDATE email_deliveries SET status = 'failed', last_error = ${STOPPED_REASON}, updated_at = now()
       WHERE signup_id = ANY(${signupIds}::uuid[]) AND kind = 'volunteer_message' AND sent_at IS NULL
         AND status = 'queued'
      RETURNING id)
    SELECT graphile_worker.remove_job(id::text) FROM waiting`;
}
