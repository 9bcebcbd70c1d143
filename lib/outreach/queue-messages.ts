import "server-only";
import { randomUUID } from "node:crypto";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { SEND_EMAIL_TASK } from "../jobs/queue";
import { hourStart } from "./hourly-slots";
import { reserveVolunteerEmailHours } from "./reserve-hours";

// Queues messages to volunteers in a transaction the caller holds: for each, a delivery row
// (kind volunteer_message), the message as sent, its history event, and its job, set to run in an hour that
// has room under the cap on volunteers' emails (hourly-slots.ts). Set-based, so a send to
// 10,000 is a handful of statements.

type Tx = Pick<Db, "$queryRaw" | "$executeRaw">;

export type QueueEnv = Pick<Env, "SITE_URL" | "EMAIL_MAX_ATTEMPTS" | "CONFIRMATION_EMAILS_PER_HOUR">;

export type OutgoingMessage = {
  signupId: string;
  recipient: string;
  locale: string;
  subject: string;
  body: string;
};

export type QueuedMessages = {
  /** Each message's id, in the order given. */
  messageIds: string[];
  /** The start of the last hour a message waits for; the current hour when none waits. */
  lastHour: Date;
};

export async function queueMessages(
  tx: Tx,
  env: QueueEnv,
  send: {
    messages: OutgoingMessage[];
    senderId: string;
    templateId: string | null;
    batchId: string | null;
    withUnsubscribe: boolean;
    now?: Date;
  },
): Promise<QueuedMessages> {
  const now = send.now ?? new Date();
  const count = send.messages.length;
  if (count === 0) return { messageIds: [], lastHour: hourStart(now) };
  const { slots, runAt } = await reserveVolunteerEmailHours(tx, env.CONFIRMATION_EMAILS_PER_HOUR, count, now);
  const host = new URL(env.SITE_URL).hostname;
  const deliveryIds = send.messages.map(() => randomUUID());
  const messageIds = send.messages.map(() => randomUUID());
  const column = <K extends keyof OutgoingMessage>(key: K) => send.messages.map((m) => m[key]);

  await tx.$executeRaw`
    INSERT INTO email_deliveries (id, signup_id, kind, recipient, message_id, updated_at)
    SELECT id, signup_id, 'volunteer_message', recipient, '<' || id::text || '@' || ${host} || '>', now()
      FROM unnest(${deliveryIds}::uuid[], ${column("signupId")}::uuid[], ${column("recipient")}::text[])
           AS x(id, signup_id, recipient)`;
  await tx.$executeRaw`
    INSERT INTO outreach_messages
           (id, signup_id, delivery_id, template_id, sender_id, batch_id, locale, subject, body, has_unsubscribe)
    SELECT id, signup_id, delivery_id, ${send.templateId}::uuid, ${send.senderId}, ${send.batchId}::uuid,
           locale, subject, body, ${send.withUnsubscribe}
      FROM unnest(${messageIds}::uuid[], ${column("signupId")}::uuid[], ${deliveryIds}::uuid[],
                  ${column("locale")}::text[], ${column("subject")}::text[], ${column("body")}::text[])
           AS x(id, signup_id, delivery_id, locale, subject, body)`;
  await tx.$executeRaw`
    INSERT INTO signup_events (signup_id, kind, actor_id, detail)
    SELECT signup_id, 'message_sent', ${send.senderId}, jsonb_build_object('messageId', id::text)
      FROM unnest(${messageIds}::uuid[], ${column("signupId")}::uuid[]) AS x(id, signup_id)`;
  await tx.$executeRaw`
    SELECT graphile_worker.add_jobs(array_agg(ROW(
             ${SEND_EMAIL_TASK}, json_build_object('deliveryId', id::text), NULL, run_at,
             ${env.EMAIL_MAX_ATTEMPTS}::int, id::text, NULL, NULL)::graphile_worker.job_spec))
      FROM unnest(${deliveryIds}::uuid[], ${runAt}::timestamptz[]) AS x(id, run_at)`;
  return { messageIds, lastHour: slots[slots.length - 1]!.hourStart };
}
