import { format, getMessages } from "../../messages";
import { htmlLines } from "../html";
import { manageFooter } from "../manage-link";
import type { RenderedEmail } from "./staff-notification";

export type MessageInput = {
  subject: string;
  /** Staff's text with its placeholders filled: plain text, paragraphs split by blank lines. */
  body: string;
  locale: string;
  orgName: string;
  /** The page a person opens from the footer; null: no "stop these emails" footer. */
  stopPageUrl: string | null;
  /** The volunteer's own pages (lib/email/manage-link.ts): always in the footer. */
  manageUrl: string;
};

/** A message staff wrote to a volunteer, with the way to stop such emails at its foot. */
export function renderVolunteerMessage(input: MessageInput): RenderedEmail {
  const m = getMessages(input.locale).emails.message;
  const footer = input.stopPageUrl ? format(m.stop, { org: input.orgName, url: input.stopPageUrl }) : null;
  const paragraphs = input.body.split(/\n\s*\n/);
  const htmlFooter =
    footer && input.stopPageUrl
      ? `<hr><p style="font-size:0.875em;color:#555">${htmlLines(format(m.stop, { org: input.orgName, url: "" }))}<a href="${htmlLines(input.stopPageUrl)}">${htmlLines(input.stopPageUrl)}</a></p>`
      : "";
  const manage = manageFooter(input.locale, input.manageUrl);
  const textFooter = [manage.text, footer].filter(Boolean).join("\n\n");
  return {
    subject: input.subject,
    text: `${input.body}\n\n--\n${textFooter}`,
    html: `<!doctype html><html lang="${input.locale}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs
      .map((p) => `<p>${htmlLines(p)}</p>`)
      .join("\n")}${htmlFooter || "<hr>"}${manage.html}</body></html>`,
  };
}
