import type { Db } from "../db/client";
import { SEND_EMAIL_TASK } from "./queue";

// `npm run email:retry`: failed email deliveries queued again, as new, with the same job the
// signup queued. Written in SQL by submit_signup for an email the hourly cap held back:
export const HELD_BY_CAP = "held: hourly cap";

export type RetrySelection = { failed: true } | { held: true } | { id: string };
export type RetriedEmail = { id: string; kind: string; signupId: string };
export type RetryResult = { queued: RetriedEmail[]; refused?: "not_found" | "not_failed" };

/**
 * Queues failed deliveries again: attempts back to 0, the error and the staff notice cleared, a
 * fresh job under the delivery's key. `failed` takes every failed email but those the cap held
 * (an outage's emails); `held` takes those (possibly a flood of strangers' addresses: look first);
 * `id` one delivery, whichever it is. Never an anonymised signup's, never one already sent.
 */
export async function retryEmails(
  db: Db,
  selection: RetrySelection,
  options: { maxAttempts: number },
): Promise<RetryResult> {
  const id = "id" in selection ? selection.id : null;
  const held = "held" in selection ? true : "failed" in selection ? false : null;
  return db.$transaction(async (tx) => {
    const queued = await tx.$queryRaw<RetriedEmail[]>`
      UPDATE email_deliveries d
         SET status = 'queued', attempts = 0, last_error = NULL, failure_notified_at = NULL,
             updated_at = now()
        FROM signups s
       WHERE s.id = d.signup_id AND s.anonymized_at IS NULL AND d.status = 'failed'
         AND d.sent_at IS NULL
         AND (${id}::uuid IS NULL OR d.id = ${id}::uuid)
         AND (${held}::boolean IS NULL
              OR (d.last_error IS NOT DISTINCT FROM ${HELD_BY_CAP}) = ${held}::boolean)
      RETURNING d.id::text, d.kind::text, d.signup_id::text AS "signupId"`;
    if (queued.length > 0) {
      await tx.$executeRaw`
        SELECT graphile_worker.add_jobs(ARRAY(
          SELECT ROW(${SEND_EMAIL_TASK}, json_build_object('deliveryId', d), NULL, NULL,
                     ${options.maxAttempts}::int, d, NULL, NULL)::graphile_worker.job_spec
            FROM unnest(${queued.map((row) => row.id)}::text[]) AS d))`;
    }
    if (id && queued.length === 0) {
      const found = await tx.emailDelivery.findUnique({ where: { id }, select: { id: true } });
      return { queued, refused: found ? "not_failed" : "not_found" };
    }
    return { queued };
  });
}
