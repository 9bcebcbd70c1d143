import { createHash } from "node:crypto";
import type { Task } from "graphile-worker";
import type { Transporter } from "nodemailer";
import { shortReason } from "../admin/delivery-reason";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { renderFailedEmailNotice, type FailedEmail } from "../email/templates/failed-email-notice";
import { sendEmail } from "../email/transport";
import type { Role } from "../signup/options";

type FailedRow = {
  id: string;
  signupId: string;
  kind: FailedEmail["kind"];
  role: Role;
  lastError: string | null;
};

/**
 * Tells the staff inbox, in one email, of every email that failed for good (or was held by the
 * hourly cap) since the last notice. Queued a few minutes after the first such failure under
 * one job key, so a burst of failures is one notice. The notice itself is no email delivery:
 * when it cannot be sent, graphile-worker retries it, and nothing notices the notice.
 * At least once: after a crash between sending and marking, the same list goes again with the
 * same Message-ID.
 */
export function createFailedEmailNoticeTask({
  db,
  transport,
  env,
}: {
  db: Db;
  transport: Transporter;
  env: Pick<Env, "MAIL_FROM" | "SITE_URL" | "STAFF_EMAIL">;
}): Task {
  return async () => {
    const failed = await db.$queryRaw<FailedRow[]>`
      SELECT d.id::text, d.signup_id::text AS "signupId", d.kind::text, s.role::text,
             d.last_error AS "lastError"
        FROM email_deliveries d JOIN signups s ON s.id = d.signup_id
       WHERE d.status = 'failed' AND d.failure_notified_at IS NULL AND s.anonymized_at IS NULL
       ORDER BY d.updated_at, d.id`;
    if (failed.length === 0) return;

    const ids = failed.map((row) => row.id);
    const content = renderFailedEmailNotice(
      failed.map((row) => ({
        kind: row.kind,
        role: row.role,
        reason: shortReason(row.lastError),
        adminUrl: `${env.SITE_URL}/admin/signups/${row.signupId}`,
      })),
    );
    const digest = createHash("sha256").update(ids.join(",")).digest("hex").slice(0, 32);
    await sendEmail(transport, {
      from: env.MAIL_FROM,
      to: env.STAFF_EMAIL,
      messageId: `<failed-emails-${digest}@${new URL(env.SITE_URL).hostname}>`,
      ...content,
    });
    await db.emailDelivery.updateMany({
      where: { id: { in: ids } },
      data: { failureNotifiedAt: new Date() },
    });
  };
}
