import { format, getStaffMessages, plural } from "../../messages";
import type { Role } from "../../signup/options";
import { escapeHtml } from "../html";
import type { RenderedEmail } from "./staff-notification";

export type FailedEmail = {
  kind: "staff_notification" | "volunteer_confirmation" | "volunteer_changed" | "volunteer_proposal";
  role: Role;
  /** Short and address-free (the task masks addresses in SMTP replies). */
  reason: string | null;
  adminUrl: string;
};

/** The most listed in one notice; the rest are counted, and the signups list filters them. */
export const NOTICE_MAX_LINES = 50;

/**
 * One email to the staff inbox listing emails that failed for good: what kind, for which role,
 * why, and a link to the signup. No names or addresses: staff open the record for those.
 */
export function renderFailedEmailNotice(failed: FailedEmail[], total = failed.length): RenderedEmail {
  const messages = getStaffMessages();
  const n = messages.emails.failureNotice;
  const kinds = messages.admin.record.emails.kinds;
  const lines = failed.slice(0, NOTICE_MAX_LINES).map((email) => ({
    text: format(n.line, {
      kind: kinds[email.kind],
      role: messages.emails.roleNames[email.role],
      reason: email.reason ?? n.unknownReason,
    }),
    url: email.adminUrl,
  }));
  const more = total > lines.length ? format(n.more, { count: total - lines.length }) : null;
  const subject = plural("en", n.subject, total);
  const text = [
    n.intro,
    "",
    ...lines.map((line) => `- ${line.text}\n  ${line.url}`),
    ...(more ? ["", more] : []),
    "",
    n.retry,
  ].join("\n");
  const items = lines
    .map(
      (line) =>
        `<li>${escapeHtml(line.text)}<br><a href="${escapeHtml(line.url)}">${escapeHtml(line.url)}</a></li>`,
    )
    .join("");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(n.intro)}</p>
<ul>${items}</ul>
${more ? `<p>${escapeHtml(more)}</p>` : ""}
<p>${escapeHtml(n.retry)}</p>
</body></html>`;
  return { subject, text, html };
}
