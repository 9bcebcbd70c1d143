import { format, getMessages } from "../../messages";
import type { Role } from "../../signup/options";
import { htmlLines } from "../html";
import { manageFooter } from "../manage-link";
import type { RenderedEmail } from "./staff-notification";

export type ChangedInput = {
  role: Role;
  orgName: string;
  /** The signup's language. */
  locale: string;
  /** The volunteer's own pages (lib/email/manage-link.ts). */
  manageUrl: string;
};

/**
 * To the volunteer's address when their signup was sent again: whoever sent it may only know
 * the address, so it names nothing they typed (not even the name) and asks for a reply if it
 * was not the volunteer. Replies go to the role's staff inbox.
 */
export function renderVolunteerChanged(input: ChangedInput): RenderedEmail {
  const messages = getMessages(input.locale).emails;
  const c = messages.changed;
  const values = { org: input.orgName, role: messages.roleNames[input.role] };
  const paragraphs = [c.greeting, c.changed, c.notYou, c.ifYou, c.signature].map((p) => format(p, values));
  const footer = manageFooter(input.locale, input.manageUrl);
  return {
    subject: format(c.subject, values),
    text: `${paragraphs.join("\n\n")}\n\n--\n${footer.text}`,
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs
      .map((p) => `<p>${htmlLines(p)}</p>`)
      .join("\n")}<hr>${footer.html}</body></html>`,
  };
}
