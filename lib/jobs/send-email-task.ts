import type { Transporter } from "nodemailer";
import type { Task } from "graphile-worker";
import { z } from "zod";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { renderStaffNotification } from "../email/templates/staff-notification";
import { renderVolunteerConfirmation } from "../email/templates/volunteer-confirmation";
import { sendEmail } from "../email/transport";
import { summarizeAnswers } from "../signup/answer-summary";

const PayloadSchema = z.object({ deliveryId: z.uuid() });

type TaskDeps = {
  db: Db;
  transport: Transporter;
  env: Pick<Env, "MAIL_FROM" | "SITE_URL" | "ORG_NAME" | "ORG_EMAIL">;
};

/** A short, address-free reason for staff; SMTP replies can quote addresses. */
function failureReason(error: unknown): string {
  const detail = error as { code?: string; responseCode?: number; message?: string };
  return [detail.code, detail.responseCode, detail.message?.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, "<email>")]
    .filter(Boolean)
    .join(" ")
    .slice(0, 300);
}

async function render(db: Db, deliveryId: string, env: TaskDeps["env"]) {
  const delivery = await db.emailDelivery.findUnique({
    where: { id: deliveryId },
    include: {
      signup: {
        select: {
          id: true,
          role: true,
          firstName: true,
          lastName: true,
          email: true,
          answers: true,
          submissionCount: true,
        },
      },
    },
  });
  if (!delivery) return null;
  const { signup } = delivery;
  const content =
    delivery.kind === "staff_notification"
      ? renderStaffNotification({
          role: signup.role,
          name: `${signup.firstName} ${signup.lastName}`,
          isUpdate: signup.submissionCount > 1,
          adminUrl: `${env.SITE_URL}/admin/signups/${signup.id}`,
          answers: summarizeAnswers(signup.role, signup.answers as Record<string, unknown>),
        })
      : renderVolunteerConfirmation({
          role: signup.role,
          firstName: signup.firstName,
          orgName: env.ORG_NAME,
          orgEmail: env.ORG_EMAIL,
        });
  // Staff answer the volunteer by replying; the validated address is the only user text in a
  // header besides the name in the subject.
  const replyTo = delivery.kind === "staff_notification" ? signup.email : env.ORG_EMAIL;
  return { delivery, content, replyTo };
}

/**
 * Sends one queued email. `sentAt` is written as soon as the SMTP server accepts the message,
 * before anything else can fail, so a retried or repeated job never sends it twice.
 */
export function createSendEmailTask({ db, transport, env }: TaskDeps): Task {
  return async (payload, helpers) => {
    const { deliveryId } = PayloadSchema.parse(payload);
    const rendered = await render(db, deliveryId, env);
    if (!rendered) return; // the signup was deleted: nothing to send
    const { delivery, content, replyTo } = rendered;

    if (!delivery.sentAt) {
      await db.emailDelivery.update({
        where: { id: deliveryId },
        data: { status: "sending", attempts: { increment: 1 } },
      });
      try {
        await sendEmail(transport, {
          from: env.MAIL_FROM,
          to: delivery.recipient,
          replyTo,
          messageId: delivery.messageId,
          ...content,
        });
      } catch (error) {
        const isLastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
        await db.emailDelivery.update({
          where: { id: deliveryId },
          data: { status: isLastAttempt ? "failed" : "queued", lastError: failureReason(error) },
        });
        throw error;
      }
      await db.emailDelivery.update({
        where: { id: deliveryId },
        data: { status: "sent", sentAt: new Date(), lastError: null },
      });
    }

    const recorded = await db.signupEvent.findFirst({
      where: {
        signupId: delivery.signupId,
        kind: "email_sent",
        detail: { path: ["deliveryId"], equals: deliveryId },
      },
      select: { id: true },
    });
    if (!recorded) {
      await db.signupEvent.create({
        data: {
          signupId: delivery.signupId,
          kind: "email_sent",
          detail: { deliveryId, kind: delivery.kind },
        },
      });
    }
  };
}
