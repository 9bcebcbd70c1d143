import "server-only";
import type { StaffContext } from "../auth/staff-session";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { getMessages } from "../messages";
import type { Role } from "../signup/options";
import type { Selection } from "../admin/bulk-selection";
import { selectionOrder, selectionWhere } from "../admin/bulk-target";
import type { PlaceholderValues } from "./placeholders";
import { fillText, textFor, type MessageText, type TemplateTexts } from "./template-text";
import type { OutgoingMessage } from "./queue-messages";

// The volunteers a message goes to, and each one's text: in the signup's language, or English
// when the template has none in it.

export type Recipient = {
  id: string;
  firstName: string;
  lastName: string;
  role: Role;
  email: string;
  locale: string;
  doNotContact: boolean;
};

export type ValuesEnv = Pick<Env, "ORG_NAME" | "ORG_EMAIL">;

type Tx = Pick<Db, "$queryRaw">;

export async function recipientsOf(tx: Tx, staff: StaffContext, selection: Selection): Promise<Recipient[]> {
  return tx.$queryRaw<Recipient[]>`
    SELECT s.id::text, s.first_name AS "firstName", s.last_name AS "lastName", s.role::text, s.email,
           s.locale, s.do_not_contact_at IS NOT NULL AS "doNotContact"
      FROM signups s WHERE ${selectionWhere(selection, staff)} ${selectionOrder(selection)}`;
}

export function valuesFor(
  recipient: Recipient,
  staff: StaffContext,
  env: ValuesEnv,
  locale: string,
): PlaceholderValues {
  return {
    firstName: recipient.firstName,
    lastName: recipient.lastName,
    role: getMessages(locale).emails.roleNames[recipient.role],
    orgName: env.ORG_NAME,
    orgEmail: env.ORG_EMAIL,
    senderName: staff.name,
  };
}

/** A template's text for a recipient; a written message is sent as written, in no particular language. */
export function messageFor(
  recipient: Recipient,
  source: { texts: TemplateTexts } | { text: MessageText },
  staff: StaffContext,
  env: ValuesEnv,
): OutgoingMessage & { isFallback: boolean } {
  const chosen =
    "texts" in source
      ? textFor(source.texts, recipient.locale)
      : { text: source.text, locale: recipient.locale, isFallback: false };
  const filled = fillText(chosen.text, valuesFor(recipient, staff, env, chosen.locale));
  return {
    signupId: recipient.id,
    recipient: recipient.email,
    locale: chosen.locale,
    isFallback: chosen.isFallback,
    ...filled,
  };
}
