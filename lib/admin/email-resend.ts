import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import type { EmailKind, EmailStatus } from "../generated/prisma/enums";
import { SEND_EMAIL_TASK } from "../jobs/queue";
import { staffInboxFor } from "../signup/submit-signup";
import { explainDelivery, shortReason, type DeliveryReason } from "./delivery-reason";
import type { ChangeOutcome } from "./record-change";
import type { ResendForm } from "./record-forms";

// Each email about a signup and its delivery state, and a staff resend: a new delivery row and
// its job in one transaction, as submit_signup queues them. The form's request key is unique
// in email_deliveries, so a double click sends one email.

export type EmailEnv = Pick<
  Env,
  | "STAFF_EMAIL"
  | "STAFF_EMAIL_ATTORNEY"
  | "STAFF_EMAIL_MEDICAL"
  | "STAFF_EMAIL_INTERPRETER"
  | "SITE_URL"
  | "EMAIL_MAX_ATTEMPTS"
>;

export type EmailDeliveryState = {
  id: string;
  kind: EmailKind;
  status: EmailStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  /** The error's codes or first words: the technical detail. */
  reason: string | null;
  /** Why it is not sent yet, in plain words' terms. */
  explanation: DeliveryReason | null;
  isResend: boolean;
};

export async function listDeliveries(
  db: Db,
  staff: StaffContext,
  signupId: string,
  { maxAttempts }: { maxAttempts: number },
): Promise<EmailDeliveryState[]> {
  assertRole(staff, "reviewer");
  const rows = await db.emailDelivery.findMany({
    where: { signupId },
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      lastError: true,
      requestKey: true,
      updatedAt: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(({ lastError, requestKey, updatedAt, ...row }) => ({
    ...row,
    reason: shortReason(lastError),
    // A failed try is the row's last update.
    explanation: explainDelivery({ ...row, lastError, maxAttempts, lastTryAt: updatedAt }),
    // A message's request key only makes its double click one send.
    isResend: requestKey !== null && row.kind !== "volunteer_message",
  }));
}

export async function resendEmail(
  { db, env }: { db: Db; env: EmailEnv },
  staff: StaffContext,
  request: ResendForm,
): Promise<ChangeOutcome> {
  assertRole(staff, "reviewer");
  const { signupId, kind, requestKey } = request;
  return db.$transaction(async (tx) => {
    const signup = await tx.signup.findFirst({
      where: { id: signupId, anonymizedAt: null },
      select: { role: true, email: true },
    });
    if (!signup) return "not_found";
    const recipient = kind === "staff_notification" ? staffInboxFor(signup.role, env) : signup.email;
    const messageId = `<${randomUUID()}@${new URL(env.SITE_URL).hostname}>`;
    // A second insert of the same key waits for the first to commit, then does nothing.
    const [delivery] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO email_deliveries (id, signup_id, kind, recipient, message_id, request_key, updated_at)
      VALUES (gen_random_uuid(), ${signupId}::uuid, ${kind}::"EmailKind", ${recipient}, ${messageId},
              ${requestKey}, now())
      ON CONFLICT (request_key) DO NOTHING
      RETURNING id::text`;
    if (!delivery) {
      const earlier = await tx.emailDelivery.findUnique({
        where: { requestKey },
        select: { signupId: true },
      });
      return earlier?.signupId === signupId ? "unchanged" : "invalid";
    }
    await tx.$executeRaw`
      SELECT graphile_worker.add_job(${SEND_EMAIL_TASK}, json_build_object('deliveryId', ${delivery.id}::text),
             max_attempts => ${env.EMAIL_MAX_ATTEMPTS}::int, job_key => ${delivery.id}::text)`;
    const detail = { deliveryId: delivery.id, kind };
    await tx.signupEvent.create({ data: { signupId, kind: "email_resent", actorId: staff.userId, detail } });
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "signup_email_resent",
      subject: signupId,
      detail,
    });
    return "saved";
  });
}
