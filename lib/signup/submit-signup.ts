import { randomUUID } from "node:crypto";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { SEND_EMAIL_TASK } from "../jobs/queue";
import type { Role } from "./options";
import type { SignupAnswers } from "./schemas";
import { signupColumns } from "./signup-columns";

export type SubmitOutcome = "created" | "updated" | "duplicate";
export type SubmitResult = { outcome: SubmitOutcome; signupId: string };

type EmailSettings = Pick<
  Env,
  | "STAFF_EMAIL"
  | "STAFF_EMAIL_ATTORNEY"
  | "STAFF_EMAIL_MEDICAL"
  | "STAFF_EMAIL_INTERPRETER"
  | "SITE_URL"
  | "EMAIL_MAX_ATTEMPTS"
>;

const UPDATE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function staffInboxFor(role: Role, env: EmailSettings): string {
  const perRole = {
    attorney: env.STAFF_EMAIL_ATTORNEY,
    medical: env.STAFF_EMAIL_MEDICAL,
    interpreter: env.STAFF_EMAIL_INTERPRETER,
  };
  return perRole[role] ?? env.STAFF_EMAIL;
}

function messageIdFor(siteUrl: string): string {
  return `<${randomUUID()}@${new URL(siteUrl).hostname}>`;
}

/**
 * Stores a signup and queues its emails in one transaction: either both happen or neither.
 * The same form submitted twice (its idempotency key) maps to the first signup; the same email
 * and role again within 24 hours updates that signup instead of adding another.
 */
export async function submitSignup(
  db: Db,
  submission: SignupAnswers,
  options: { idempotencyKey: string; env: EmailSettings },
): Promise<SubmitResult> {
  try {
    return await db.$transaction(async (tx) => {
      const columns = signupColumns(submission);
      // Serialises submissions for one email and role, so two at once cannot both create.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${columns.role}:${columns.email}`}))`;

      const seen = await tx.submissionKey.findUnique({
        where: { key: options.idempotencyKey },
        select: { signupId: true },
      });
      if (seen) return { outcome: "duplicate" as const, signupId: seen.signupId };

      const recent = await tx.signup.findFirst({
        where: {
          role: columns.role,
          email: columns.email,
          createdAt: { gte: new Date(Date.now() - UPDATE_WINDOW_MS) },
        },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      });
      const answers = submission.answers as unknown as Prisma.InputJsonValue;
      const signup = recent
        ? await tx.signup.update({
            where: { id: recent.id },
            data: { ...columns, answers, submissionCount: { increment: 1 } },
            select: { id: true },
          })
        : await tx.signup.create({ data: { ...columns, answers }, select: { id: true } });

      await tx.submissionKey.create({ data: { key: options.idempotencyKey, signupId: signup.id } });
      await tx.signupEvent.create({ data: { signupId: signup.id, kind: recent ? "updated" : "submitted" } });

      // An update tells staff again; the volunteer already has their confirmation.
      const emails = [
        { kind: "staff_notification" as const, recipient: staffInboxFor(columns.role, options.env) },
        ...(recent ? [] : [{ kind: "volunteer_confirmation" as const, recipient: columns.email }]),
      ];
      for (const email of emails) {
        const delivery = await tx.emailDelivery.create({
          data: { signupId: signup.id, ...email, messageId: messageIdFor(options.env.SITE_URL) },
          select: { id: true },
        });
        await tx.$executeRaw`SELECT graphile_worker.add_job(${SEND_EMAIL_TASK}, json_build_object('deliveryId', ${delivery.id}::text), max_attempts := ${options.env.EMAIL_MAX_ATTEMPTS}::int, job_key := ${delivery.id}::text)`;
      }
      return { outcome: recent ? ("updated" as const) : ("created" as const), signupId: signup.id };
    });
  } catch (error) {
    // Two identical submissions at the same instant: the second lost the race for the key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const seen = await db.submissionKey.findUnique({
        where: { key: options.idempotencyKey },
        select: { signupId: true },
      });
      if (seen) return { outcome: "duplicate", signupId: seen.signupId };
    }
    throw error;
  }
}
