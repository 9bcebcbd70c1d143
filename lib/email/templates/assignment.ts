import { format, getStaffMessages, plural } from "../../messages";
import type { Role } from "../../signup/options";
import { escapeHtml } from "../html";
import type { RenderedEmail } from "./staff-notification";

// The email telling a staff member that signups were given to them: one per assignment (a
// bulk one lists its records), with each volunteer's name, role and record link, nothing more.

export type AssignedSignup = { id: string; name: string; role: Role };

export type AssignmentEmailInput = {
  assignedBy: string;
  signups: AssignedSignup[];
  /** How many were assigned in all; the list may hold only the first of them. */
  total: number;
  siteUrl: string;
};

export const ASSIGNMENT_EMAIL_LIST_MAX = 50;

export function renderAssignmentEmail(input: AssignmentEmailInput): RenderedEmail {
  const m = getStaffMessages().emails.assigned;
  const roles = getStaffMessages().emails.roleNames;
  const isOne = input.total === 1;
  const first = input.signups[0]!;
  const subject = isOne
    ? format(m.subjectOne, { name: first.name, role: roles[first.role] })
    : plural("en", m.subjectMany, input.total);
  const intro = isOne
    ? format(m.introOne, { by: input.assignedBy })
    : plural("en", m.introMany, input.total, { by: input.assignedBy });
  const lines = input.signups.map((signup) => ({
    label: `${signup.name} (${roles[signup.role]})`,
    url: `${input.siteUrl}/admin/signups/${signup.id}`,
  }));
  const rest = input.total - input.signups.length;
  const more =
    rest > 0 ? format(m.more, { count: rest, url: `${input.siteUrl}/admin/signups?assignee=me` }) : "";
  const text = [
    intro,
    "",
    ...lines.map((line) => `${line.label}: ${line.url}`),
    ...(more ? ["", more] : []),
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(intro)}</p>
<ul>${lines.map((line) => `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.label)}</a></li>`).join("")}</ul>
${more ? `<p>${escapeHtml(more)}</p>` : ""}
</body></html>`;
  return { subject, text, html };
}
