import { format, getMessages } from "../../messages";
import type { Role } from "../../signup/options";
import { escapeHtml, htmlLines } from "../html";
import { manageFooter } from "../manage-link";
import type { RenderedEmail } from "./staff-notification";

export type ProposalInput = {
  role: Role;
  orgName: string;
  /** The language the new answers were sent in. */
  locale: string;
  /** The page that shows the new answers and applies them (decision 030). */
  confirmUrl: string;
  /** The volunteer's own pages (lib/email/manage-link.ts), in the same language. */
  manageUrl: string;
};

/**
 * To a signup's address when the form was sent again with it: whoever sent it may only know the
 * address, so it quotes nothing they typed (not even a name). Nothing changes unless the link
 * is opened and confirmed.
 */
export function renderVolunteerProposal(input: ProposalInput): RenderedEmail {
  const messages = getMessages(input.locale).emails;
  const m = messages.proposal;
  const values = { org: input.orgName, role: messages.roleNames[input.role], url: input.confirmUrl };
  const paragraphs = [m.greeting, m.sent, m.open, m.ignore, m.signature].map((p) => format(p, values));
  const escapedUrl = escapeHtml(input.confirmUrl);
  const footer = manageFooter(input.locale, input.manageUrl);
  return {
    subject: format(m.subject, values),
    text: `${paragraphs.join("\n\n")}\n\n--\n${footer.text}`,
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs
      .map((p) => `<p>${htmlLines(p).replace(escapedUrl, `<a href="${escapedUrl}">${escapedUrl}</a>`)}</p>`)
      .join("\n")}<hr>${footer.html}</body></html>`,
  };
}
