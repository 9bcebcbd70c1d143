import "server-only";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { EmailStatus, SignupStatus } from "../generated/prisma/enums";
import { staffName } from "../admin/staff-name";
import type { PlaceholderValues } from "./placeholders";
import { messageFor, recipientsOf, valuesFor, type ValuesEnv } from "./recipients";
import { listTemplates } from "./templates";

// What the record page shows and offers of messages: those sent to this volunteer with their
// delivery, and, for writing a new one, each template as this volunteer would get it.

export type SentMessage = {
  id: string;
  subject: string;
  body: string;
  locale: string;
  senderName: string | null;
  createdAt: Date;
  status: EmailStatus;
  sentAt: Date | null;
  isBulk: boolean;
};

export async function listMessages(db: Db, staff: StaffContext, signupId: string): Promise<SentMessage[]> {
  assertRole(staff, "reviewer");
  const rows = await db.outreachMessage.findMany({
    where: { signupId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      subject: true,
      body: true,
      locale: true,
      createdAt: true,
      batchId: true,
      sender: { select: { name: true, email: true } },
      delivery: { select: { status: true, sentAt: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    body: row.body,
    locale: row.locale,
    senderName: row.sender ? staffName(row.sender) : null,
    createdAt: row.createdAt,
    status: row.delivery.status,
    sentAt: row.delivery.sentAt,
    isBulk: row.batchId !== null,
  }));
}

export type TemplateChoice = {
  id: string;
  name: string;
  forStatus: SignupStatus | null;
  subject: string;
  body: string;
  locale: string;
  /** The template has no text in the volunteer's language: they get English. */
  isFallback: boolean;
};

export type Composer = {
  /** null: the signup is anonymised. */
  values: PlaceholderValues | null;
  locale: string;
  doNotContactAt: Date | null;
  templates: TemplateChoice[];
};

export async function composerFor(
  db: Db,
  staff: StaffContext,
  env: ValuesEnv,
  signupId: string,
): Promise<Composer> {
  assertRole(staff, "reviewer");
  const [[recipient], templates, signup] = await Promise.all([
    recipientsOf(db, staff, { kind: "ids", ids: [signupId] }),
    listTemplates(db, staff),
    db.signup.findUnique({ where: { id: signupId }, select: { locale: true, doNotContactAt: true } }),
  ]);
  return {
    values: recipient ? valuesFor(recipient, staff, env, recipient.locale) : null,
    locale: signup?.locale ?? "en",
    doNotContactAt: signup?.doNotContactAt ?? null,
    templates: recipient
      ? templates.map((template) => {
          const message = messageFor(recipient, template, staff, env);
          return {
            id: template.id,
            name: template.name,
            forStatus: template.forStatus,
            subject: message.subject,
            body: message.body,
            locale: message.locale,
            isFallback: message.isFallback,
          };
        })
      : [],
  };
}
