import { randomUUID } from "node:crypto";
import type { Env } from "../config/env-schema";
import type { Prisma } from "../generated/prisma/client";
import { SEND_EMAIL_TASK } from "../jobs/queue";

// Queues an email about a volunteer's place in a training, in the caller's transaction: the
// delivery names the registration, and the email job carries only the delivery's id (as every
// volunteer email). No "server-only": the worker's reminder job queues them too.

export type TrainingEmailKind =
  "training_confirmation" | "training_reminder" | "training_changed" | "training_cancelled";

export type TrainingEmailEnv = Pick<Env, "SITE_URL" | "EMAIL_MAX_ATTEMPTS">;

export async function queueTrainingEmail(
  tx: Prisma.TransactionClient,
  env: TrainingEmailEnv,
  email: {
    kind: TrainingEmailKind;
    signupId: string;
    recipient: string;
    registrationId: string;
  },
): Promise<void> {
  const messageId = `<${randomUUID()}@${new URL(env.SITE_URL).hostname}>`;
  const [delivery] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO email_deliveries (id, signup_id, kind, recipient, message_id, training_registration_id, updated_at)
    VALUES (gen_random_uuid(), ${email.signupId}::uuid, ${email.kind}::"EmailKind", ${email.recipient},
            ${messageId}, ${email.registrationId}::uuid, now())
    RETURNING id::text`;
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(${SEND_EMAIL_TASK}, json_build_object('deliveryId', ${delivery!.id}::text),
           max_attempts => ${env.EMAIL_MAX_ATTEMPTS}::int, job_key => ${delivery!.id}::text)`;
}
