import type { Transporter } from "nodemailer";
import type { Task } from "graphile-worker";
import { z } from "zod";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { renderOnboardingReminder } from "../email/templates/onboarding-reminder";
import { renderStaffNotification } from "../email/templates/staff-notification";
import { renderVolunteerConfirmation } from "../email/templates/volunteer-confirmation";
import { renderVolunteerMessage } from "../email/templates/volunteer-message";
import { manageUrl } from "../email/manage-link";
import { renderVolunteerProposal } from "../email/templates/volunteer-proposal";
import { renderVolunteerSelfChange, type SelfChange } from "../email/templates/volunteer-self-change";
import { diffAnswers } from "../admin/answer-diff";
import { isLocale } from "../i18n/languages";
import { localePath } from "../i18n/paths";
import { stopLinks } from "../outreach/stop-links";
import { sendEmail } from "../email/transport";
import { maskEmails } from "../security/mask-emails";
import { volunteerStepsMissing } from "../onboarding/volunteer-steps";
import { hasTrainingPlaceSql } from "../onboarding/volunteer-reminders";
import { getMessages } from "../messages";
import { listAnswers } from "../signup/answer-list";
import { signupForm } from "../signup/forms";
import { proposalToken } from "../signup/proposal-token";
import type { Role } from "../signup/options";
import { staffInboxFor, type StaffInboxes } from "../signup/staff-inbox";
import { renderTrainingEmail, trainingDetails } from "../email/templates/training-email";
import { trainingIcs } from "../trainings/ics";
import type { TrainingEmailKind } from "../trainings/training-emails";
import { FAILED_EMAIL_NOTICE_TASK } from "./queue";

const PayloadSchema = z.object({ deliveryId: z.uuid() });

type TaskDeps = {
  db: Db;
  transport: Transporter;
  env: Pick<
    Env,
    "MAIL_FROM" | "SITE_URL" | "ORG_NAME" | "ORG_EMAIL" | "RESPONSE_PROMISE_DAYS" | "ORG_TIME_ZONE"
  > &
    StaffInboxes & { SESSION_SECRET: string };
};

/** A short, address-free reason for staff; SMTP replies can quote addresses. */
function failureReason(error: unknown): string {
  const detail = error as { code?: string; responseCode?: number; message?: string };
  return [detail.code, detail.responseCode, detail.message && maskEmails(detail.message)]
    .filter(Boolean)
    .join(" ")
    .slice(0, 300);
}

type DeliveryRow = {
  id: string;
  signupId: string;
  kind:
    | "staff_notification"
    | "volunteer_confirmation"
    | "volunteer_changed"
    | "volunteer_message"
    | "volunteer_proposal"
    | "volunteer_self_change"
    | "volunteer_onboarding_reminder"
    | TrainingEmailKind;
  recipient: string;
  messageId: string;
  sentAt: Date | null;
  role: Role;
  firstName: string;
  lastName: string;
  email: string;
  answers: Record<string, unknown>;
  submissionCount: number;
  locale: string;
  /** volunteer_onboarding_reminder: the steps missing now, and whether still in the pipeline. */
  stepsMissing: string[] | null;
  status: string;
  hasTrainingPlace: boolean;
  /** volunteer_message: the message as staff sent it. */
  message: { subject: string; body: string; locale: string; hasUnsubscribe: boolean } | null;
  /** volunteer_proposal: the proposal, while its link can still be used. */
  proposal: { id: string; locale: string } | null;
  /** volunteer_self_change: the history event it confirms. */
  event: { kind: string; detail: Record<string, unknown> | null } | null;
  /** training_*: the place and its session, while the place is held and the session on. */
  training: TrainingPlace | null;
  doNotContact: boolean;
};

type TrainingPlace = {
  registrationId: string;
  locale: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  videoUrl: string | null;
  language: string;
  creditNote: string | null;
  /** The session's version: the calendar file's SEQUENCE, so a later file replaces an earlier one. */
  version: number;
};

// One round trip: the delivery with the signup it is about, unless that was anonymised.
async function loadDelivery(db: Db, deliveryId: string): Promise<DeliveryRow | undefined> {
  const [row] = await db.$queryRaw<DeliveryRow[]>`
    SELECT d.id::text, d.signup_id::text AS "signupId", d.kind::text, d.recipient,
           d.message_id AS "messageId", d.sent_at AS "sentAt", s.role::text, s.first_name AS "firstName",
           s.last_name AS "lastName", s.email, s.answers, s.submission_count AS "submissionCount",
           s.locale, s.steps_missing AS "stepsMissing", s.status::text,
           ${hasTrainingPlaceSql(new Date())} AS "hasTrainingPlace",
           CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('subject', m.subject, 'body', m.body,
             'locale', m.locale, 'hasUnsubscribe', m.has_unsubscribe) END AS message,
           CASE WHEN pr.id IS NULL THEN NULL ELSE json_build_object('id', pr.id, 'locale', pr.locale) END
             AS proposal,
           CASE WHEN tr.id IS NULL THEN NULL ELSE json_build_object('registrationId', tr.id, 'locale', tr.locale,
             'title', ts.title, 'startsAt', ts.starts_at, 'endsAt', ts.ends_at, 'place', ts.place,
             'videoUrl', ts.video_url, 'language', ts.language, 'creditNote', ts.credit_note,
             'version', ts.version) END AS training,
           s.do_not_contact_at IS NOT NULL AS "doNotContact",
           CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object('kind', e.kind, 'detail', e.detail) END
             AS event
      FROM email_deliveries d JOIN signups s ON s.id = d.signup_id
      LEFT JOIN signup_events e ON e.id = d.event_id
      LEFT JOIN outreach_messages m ON m.delivery_id = d.id
      LEFT JOIN training_registrations tr ON tr.id = d.training_registration_id AND tr.cancelled_at IS NULL
      LEFT JOIN training_sessions ts ON ts.id = tr.session_id
            AND (ts.cancelled_at IS NULL) = (d.kind <> 'training_cancelled')
      LEFT JOIN signup_proposals pr ON pr.delivery_id = d.id AND pr.applied_at IS NULL
            AND pr.replaced_at IS NULL AND pr.expires_at > now()
     WHERE d.id = ${deliveryId}::uuid AND s.anonymized_at IS NULL`;
  return row;
}

/** The change a volunteer_self_change email confirms, read from its history event. */
function selfChangeOf(delivery: DeliveryRow) {
  const detail = delivery.event?.detail ?? {};
  const locale = isLocale(detail.locale) ? detail.locale : delivery.locale;
  const kind = delivery.event?.kind;
  if (kind === "volunteer_paused") {
    const until = String(detail.until);
    return {
      locale,
      change: { kind, until } as SelfChange,
      untilText: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${until}T00:00:00Z`),
      ),
    };
  }
  if (kind === "volunteer_withdrew") return { locale, change: { kind } as SelfChange };
  const names = new Set(Array.isArray(detail.changed) ? detail.changed.map(String) : []);
  const previous = (detail.previousAnswers ?? {}) as Record<string, unknown>;
  const questions = diffAnswers(
    signupForm(delivery.role),
    previous,
    delivery.answers,
    getMessages(locale).forms,
  )
    .filter((change) => names.has(change.name))
    .map((change) => change.label);
  return { locale, change: { kind: "updated", questions } as SelfChange };
}

function render(delivery: DeliveryRow, env: TaskDeps["env"]) {
  // Staff answer the volunteer by replying; the validated address is the only user text in a
  // header besides the name in the subject. A change notice's reply goes to staff.
  switch (delivery.kind) {
    case "staff_notification":
      return {
        content: renderStaffNotification({
          role: delivery.role,
          name: `${delivery.firstName} ${delivery.lastName}`,
          isUpdate: delivery.submissionCount > 1,
          adminUrl: `${env.SITE_URL}/admin/signups/${delivery.signupId}`,
          answers: listAnswers(signupForm(delivery.role), delivery.answers, getMessages().forms),
          locale: delivery.locale,
        }),
        replyTo: delivery.email,
      };
    case "volunteer_confirmation":
      return {
        content: renderVolunteerConfirmation({
          role: delivery.role,
          firstName: delivery.firstName,
          orgName: env.ORG_NAME,
          orgEmail: env.ORG_EMAIL,
          // Read when sent, as ORG_NAME is: it goes seconds after the thank-you page, which said the same.
          promiseDays: env.RESPONSE_PROMISE_DAYS,
          locale: delivery.locale,
          manageUrl: manageUrl(env.SITE_URL, delivery.locale),
        }),
        replyTo: env.ORG_EMAIL,
      };
    case "volunteer_proposal": {
      const { id, locale } = delivery.proposal!;
      const path = localePath(locale, `/volunteer/confirm/${proposalToken(id, env.SESSION_SECRET)}`);
      return {
        content: renderVolunteerProposal({
          role: delivery.role,
          orgName: env.ORG_NAME,
          locale,
          confirmUrl: `${env.SITE_URL}${path}`,
          manageUrl: manageUrl(env.SITE_URL, locale),
        }),
        replyTo: staffInboxFor(delivery.role, env),
      };
    }
    case "volunteer_self_change": {
      const { locale, change, untilText } = selfChangeOf(delivery);
      return {
        content: renderVolunteerSelfChange({
          role: delivery.role,
          firstName: delivery.firstName,
          orgName: env.ORG_NAME,
          change,
          locale,
          untilText,
          manageUrl: manageUrl(env.SITE_URL, locale),
        }),
        replyTo: staffInboxFor(delivery.role, env),
      };
    }
    case "volunteer_onboarding_reminder": {
      const links = stopLinks(env.SITE_URL, env.SESSION_SECRET, delivery.signupId, delivery.locale);
      return {
        content: renderOnboardingReminder({
          role: delivery.role,
          firstName: delivery.firstName,
          orgName: env.ORG_NAME,
          steps: volunteerStepsMissing(delivery.stepsMissing ?? [], delivery),
          locale: delivery.locale,
          manageUrl: manageUrl(env.SITE_URL, delivery.locale),
          stopPageUrl: links.pageUrl,
        }),
        replyTo: staffInboxFor(delivery.role, env),
        headers: {
          "List-Unsubscribe": `<${links.oneClickUrl}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
      };
    }
    case "training_confirmation":
    case "training_reminder":
    case "training_changed":
    case "training_cancelled": {
      const training = delivery.training!;
      const session = {
        ...training,
        startsAt: new Date(training.startsAt),
        endsAt: new Date(training.endsAt),
      };
      const words = { locale: training.locale, timeZone: env.ORG_TIME_ZONE, training: session };
      const url = manageUrl(env.SITE_URL, training.locale);
      const content = renderTrainingEmail({
        ...words,
        kind: delivery.kind,
        firstName: delivery.firstName,
        orgName: env.ORG_NAME,
        manageUrl: url,
      });
      // The reminder needs none; a change replaces the event, a cancellation removes it.
      const calendar =
        delivery.kind === "training_reminder"
          ? null
          : trainingIcs({
              ...session,
              registrationId: training.registrationId,
              description: [...trainingDetails(words).slice(1), url].join("\n"),
              host: new URL(env.SITE_URL).hostname,
              sequence: training.version,
              isCancelled: delivery.kind === "training_cancelled",
            });
      return {
        content,
        replyTo: staffInboxFor(delivery.role, env),
        attachments: calendar
          ? [
              {
                filename: "training.ics",
                content: calendar,
                contentType: `text/calendar; charset=utf-8; method=${delivery.kind === "training_cancelled" ? "CANCEL" : "PUBLISH"}`,
              },
            ]
          : undefined,
      };
    }
    case "volunteer_message": {
      const message = delivery.message!;
      const links = message.hasUnsubscribe
        ? stopLinks(env.SITE_URL, env.SESSION_SECRET, delivery.signupId, message.locale)
        : null;
      return {
        content: renderVolunteerMessage({
          ...message,
          orgName: env.ORG_NAME,
          stopPageUrl: links?.pageUrl ?? null,
          manageUrl: manageUrl(env.SITE_URL, message.locale),
        }),
        // Replies reach the staff who work with this role.
        replyTo: staffInboxFor(delivery.role, env),
        headers: links
          ? {
              "List-Unsubscribe": `<${links.oneClickUrl}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
          : undefined,
      };
    }
  }
}

/**
 * A reminder waiting for its hour goes only if it still has something to say, to someone who
 * still wants it: no stop asked for since, still in the pipeline, a step of their own open.
 */
function reminderStillDue(delivery: DeliveryRow): boolean {
  return (
    !delivery.doNotContact &&
    delivery.status !== "declined" &&
    delivery.status !== "inactive" &&
    volunteerStepsMissing(delivery.stepsMissing ?? [], delivery).length > 0
  );
}

/** Pauses between tries to record an accepted message: about 15 s in all, a database restart's length. */
const RECORD_SENT_PAUSES_MS = [250, 500, 1000, 2000, 4000, 8000];

// The SMTP server has the message: a failure to record that here means sending it again on the
// job's next attempt, so the write is tried again while the database is away for a moment.
async function recordSent(db: Db, deliveryId: string): Promise<void> {
  for (const pause of [...RECORD_SENT_PAUSES_MS, undefined]) {
    try {
      await db.emailDelivery.update({
        where: { id: deliveryId },
        data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
      });
      return;
    } catch (error) {
      if (pause === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/**
 * Sends one queued email. `sentAt` is written as soon as the SMTP server accepts the message,
 * before anything else can fail, so a retried or repeated job never sends it twice.
 */
export function createSendEmailTask({ db, transport, env }: TaskDeps): Task {
  return async (payload, helpers) => {
    const { deliveryId } = PayloadSchema.parse(payload);
    const delivery = await loadDelivery(db, deliveryId);
    // The signup was deleted or anonymised since the job was queued: nothing to send. Nor for a
    // proposal that was used, replaced or expired since, nor for the change notice that
    // proposals replaced (decision 030).
    if (!delivery) return;
    if (
      delivery.kind === "volunteer_changed" ||
      (delivery.kind === "volunteer_proposal" && !delivery.proposal) ||
      (delivery.kind === "volunteer_self_change" && !delivery.event) ||
      (delivery.kind === "volunteer_onboarding_reminder" && !reminderStillDue(delivery)) ||
      // A place given back or a session cancelled since; or the volunteer asked for no more emails.
      (delivery.kind.startsWith("training_") && (!delivery.training || delivery.doNotContact))
    ) {
      // An email never sent says nothing staff need (as when anonymising): it goes, so it is
      // neither queued nor failed.
      await db.emailDelivery.deleteMany({ where: { id: deliveryId, sentAt: null } });
      return;
    }

    if (!delivery.sentAt) {
      try {
        const { content, replyTo, headers, attachments } = render(delivery, env) as ReturnType<
          typeof render
        > & {
          headers?: Record<string, string>;
          attachments?: { filename: string; content: string; contentType: string }[];
        };
        await sendEmail(transport, {
          from: env.MAIL_FROM,
          to: delivery.recipient,
          replyTo,
          messageId: delivery.messageId,
          headers,
          attachments,
          ...content,
        });
      } catch (error) {
        const isLastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
        const recordFailure = db.emailDelivery.update({
          where: { id: deliveryId },
          data: {
            status: isLastAttempt ? "failed" : "queued",
            attempts: { increment: 1 },
            lastError: failureReason(error),
          },
        });
        if (isLastAttempt) {
          // Failed for good: staff hear of it in the next notice (a few minutes from now).
          await db.$transaction([
            recordFailure,
            db.$executeRaw`SELECT queue_failed_email_notice(${FAILED_EMAIL_NOTICE_TASK}, ${helpers.job.max_attempts}::int)`,
          ]);
        } else {
          await recordFailure;
        }
        throw error;
      }
      await recordSent(db, deliveryId);
    }

    // Its own statement, after `sentAt`: if this fails, the retry records it without resending.
    await db.$executeRaw`
      INSERT INTO signup_events (signup_id, kind, detail)
      SELECT ${delivery.signupId}::uuid, 'email_sent',
             jsonb_build_object('deliveryId', ${deliveryId}::text, 'kind', ${delivery.kind}::text)
       WHERE NOT EXISTS (
         SELECT 1 FROM signup_events
          WHERE signup_id = ${delivery.signupId}::uuid AND kind = 'email_sent'
            AND detail ->> 'deliveryId' = ${deliveryId}::text)`;
  };
}
