import { format, getMessages } from "../../messages";
import { htmlLines, escapeHtml } from "../html";
import type { RenderedEmail } from "./staff-notification";

export type LinkInput = { linkUrl: string; orgName: string; locale: string };

/**
 * The one-time link to a volunteer's own signups. It goes only to the address asked about,
 * names nothing of the signups (whoever asked may only know the address) and says how long it works.
 */
export function renderVolunteerLink(input: LinkInput): RenderedEmail {
  const m = getMessages(input.locale).emails.link;
  const values = { org: input.orgName };
  const intro = format(m.intro, values);
  const expiry = format(m.expiry, values);
  const ignore = format(m.ignore, values);
  const signature = format(m.signature, values);
  return {
    subject: format(m.subject, values),
    text: [intro, input.linkUrl, expiry, ignore, signature].join("\n\n"),
    html: `<!doctype html><html lang="${escapeHtml(input.locale)}"><body style="font-family:sans-serif;line-height:1.5"><p>${htmlLines(intro)}</p>
<p><a href="${escapeHtml(input.linkUrl)}">${escapeHtml(input.linkUrl)}</a></p>
${[expiry, ignore, signature].map((p) => `<p>${htmlLines(p)}</p>`).join("\n")}</body></html>`,
  };
}
