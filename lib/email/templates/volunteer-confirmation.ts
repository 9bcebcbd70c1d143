import { format, getMessages } from "../../messages";
import type { Role } from "../../signup/options";
import { responsePeriod } from "../../signup/response-promise";
import { htmlLines } from "../html";
import { manageFooter } from "../manage-link";
import type { RenderedEmail } from "./staff-notification";

export type ConfirmationInput = {
  role: Role;
  firstName: string;
  orgName: string;
  orgEmail: string;
  /** The reply promised, in days (RESPONSE_PROMISE_DAYS). */
  promiseDays: number;
  /** The language the signup was made in. */
  locale: string;
  /** The volunteer's own pages (lib/email/manage-link.ts). */
  manageUrl: string;
};

/** Thanks, what happens next, and how to reach staff. */
export function renderVolunteerConfirmation(input: ConfirmationInput): RenderedEmail {
  const messages = getMessages(input.locale).emails;
  const c = messages.confirmation;
  const values = {
    name: input.firstName,
    org: input.orgName,
    email: input.orgEmail,
    role: messages.roleNames[input.role],
    period: responsePeriod(input.promiseDays, input.locale),
  };
  const paragraphs = [c.greeting, c.thanks, c.next, c.contact, c.signature].map((p) => format(p, values));
  const footer = manageFooter(input.locale, input.manageUrl);
  return {
    subject: format(c.subject, values),
    text: `${paragraphs.join("\n\n")}\n\n--\n${footer.text}`,
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs
      .map((p) => `<p>${htmlLines(p)}</p>`)
      .join("\n")}<hr>${footer.html}</body></html>`,
  };
}
