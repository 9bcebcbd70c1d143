import "server-only";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Selection } from "../admin/bulk-selection";
import { selectionDetail } from "../admin/bulk-target";
import type { SendOneForm } from "./message-forms";
import { queueMessages, type QueueEnv } from "./queue-messages";
import { messageFor, recipientsOf, type Recipient, type ValuesEnv } from "./recipients";
import { getTemplate } from "./templates";

// Sending from the app: to one volunteer (from the record) or to every volunteer of a list
// view. A volunteer who asked for no more emails is skipped by a send to many, and reached by
// a send to one only when staff confirm they saw that.

export type SendEnv = QueueEnv & ValuesEnv;
type Deps = { db: Db; env: SendEnv };

export type Preview = { name: string; subject: string; body: string; locale: string; isFallback: boolean };

export type ViewReview = {
  templateName: string;
  count: number;
  /** Asked for no more emails: left out. */
  skipped: number;
  /** Will get English: the template has no text in their language. */
  fallback: number;
  first: Preview | null;
};

const nameOf = (r: Recipient) => `${r.firstName} ${r.lastName}`;

export async function reviewSendToView(
  { db, env }: Deps,
  staff: StaffContext,
  request: { selection: Selection; templateId: string },
): Promise<ViewReview | null> {
  assertRole(staff, "reviewer");
  const template = await getTemplate(db, staff, request.templateId);
  if (!template) return null;
  const all = await recipientsOf(db, staff, request.selection);
  const recipients = all.filter((r) => !r.doNotContact);
  const messages = recipients.map((r) => messageFor(r, template, staff, env));
  const first = recipients[0] && messages[0] ? { name: nameOf(recipients[0]), ...messages[0] } : null;
  return {
    templateName: template.name,
    count: recipients.length,
    skipped: all.length - recipients.length,
    fallback: messages.filter((m) => m.isFallback).length,
    first: first && {
      name: first.name,
      subject: first.subject,
      body: first.body,
      locale: first.locale,
      isFallback: first.isFallback,
    },
  };
}

export type ViewSendOutcome =
  | { kind: "sent"; count: number; skipped: number; lastHour: Date }
  | { kind: "count_changed"; count: number }
  | { kind: "not_found" }
  | { kind: "repeated" };

export async function sendToView(
  { db, env }: Deps,
  staff: StaffContext,
  request: { selection: Selection; templateId: string; batchId: string; expectedCount: number },
): Promise<ViewSendOutcome> {
  assertRole(staff, "reviewer");
  const template = await getTemplate(db, staff, request.templateId);
  if (!template) return { kind: "not_found" };
  return db.$transaction(
    async (tx) => {
      // The batch id comes from the form: sent once, however often it is posted.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${request.batchId}))`;
      const [earlier] = await tx.$queryRaw<unknown[]>`
        SELECT 1 FROM outreach_messages WHERE batch_id = ${request.batchId}::uuid LIMIT 1`;
      if (earlier) return { kind: "repeated" };
      const all = await recipientsOf(tx, staff, request.selection);
      const recipients = all.filter((r) => !r.doNotContact);
      if (recipients.length !== request.expectedCount)
        return { kind: "count_changed", count: recipients.length };
      const queued = await queueMessages(tx, env, {
        messages: recipients.map((r) => messageFor(r, template, staff, env)),
        senderId: staff.userId,
        templateId: template.id,
        batchId: request.batchId,
        withUnsubscribe: true,
      });
      const skipped = all.length - recipients.length;
      await recordAudit(tx, {
        actorId: staff.userId,
        action: "signups_message_sent",
        detail: {
          batch: request.batchId,
          templateId: template.id,
          count: recipients.length,
          skipped,
          ...selectionDetail(request.selection),
        } as Prisma.InputJsonValue,
      });
      return { kind: "sent", count: recipients.length, skipped, lastHour: queued.lastHour };
    },
    { timeout: 60_000 },
  );
}

export type OneSendOutcome =
  { kind: "sent"; lastHour: Date } | { kind: "do_not_contact" | "not_found" | "repeated" };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Queues one message in the caller's transaction (a status change sends its template so). */
export async function queueOne(
  tx: Tx,
  env: SendEnv,
  staff: StaffContext,
  request: {
    signupId: string;
    source: Parameters<typeof messageFor>[1];
    templateId: string | null;
    requestKey: string;
    despiteDoNotContact: boolean;
  },
): Promise<OneSendOutcome> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${request.requestKey}))`;
  const [earlier] = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM email_deliveries WHERE request_key = ${request.requestKey} LIMIT 1`;
  if (earlier) return { kind: "repeated" };
  const [recipient] = await recipientsOf(tx, staff, { kind: "ids", ids: [request.signupId] });
  if (!recipient) return { kind: "not_found" };
  if (recipient.doNotContact && !request.despiteDoNotContact) return { kind: "do_not_contact" };
  const message = messageFor(recipient, request.source, staff, env);
  const queued = await queueMessages(tx, env, {
    messages: [message],
    senderId: staff.userId,
    templateId: request.templateId,
    batchId: null,
    withUnsubscribe: true,
  });
  await tx.$executeRaw`
    UPDATE email_deliveries SET request_key = ${request.requestKey}
     WHERE id = (SELECT delivery_id FROM outreach_messages WHERE id = ${queued.messageIds[0]}::uuid)`;
  await recordAudit(tx, {
    actorId: staff.userId,
    action: "signup_message_sent",
    subject: request.signupId,
    detail: {
      messageId: queued.messageIds[0]!,
      templateId: request.templateId,
      despiteDoNotContact: recipient.doNotContact,
    },
  });
  return { kind: "sent", lastHour: queued.lastHour };
}

export async function sendToOne(
  { db, env }: Deps,
  staff: StaffContext,
  form: SendOneForm,
): Promise<OneSendOutcome> {
  assertRole(staff, "reviewer");
  const template = form.templateId ? await getTemplate(db, staff, form.templateId) : null;
  if (form.templateId && !template) return { kind: "not_found" };
  const source = template ?? { text: { subject: form.subject, body: form.body } };
  return db.$transaction((tx) =>
    queueOne(tx, env, staff, {
      signupId: form.signupId,
      source,
      templateId: template?.id ?? null,
      requestKey: form.requestKey,
      despiteDoNotContact: form.despiteDoNotContact,
    }),
  );
}
