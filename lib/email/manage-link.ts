import { getMessages } from "../messages";
import { format } from "../messages/format";
import { escapeHtml } from "./html";

// Every email to a volunteer ends with the way to their own signups (/volunteer/me), in the
// language they signed up in: the page asks for their address and emails a one-time link.

export function manageUrl(siteUrl: string, locale: string): string {
  return `${siteUrl}${locale === "en" ? "" : `/${locale}`}/volunteer/me`;
}

export function manageFooter(locale: string, url: string): { text: string; html: string } {
  const m = getMessages(locale).emails.manage;
  return {
    text: format(m.text, { url }),
    html: `<p><a href="${escapeHtml(url)}">${escapeHtml(m.label)}</a></p>`,
  };
}
