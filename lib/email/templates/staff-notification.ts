import { DEFAULT_LOCALE } from "../../i18n/languages";
import { languageName } from "../../i18n/language-name";
import { format, getStaffMessages } from "../../messages";
import type { AnswerLine } from "../../signup/answer-list";
import type { Role } from "../../signup/options";
import { escapeHtml, htmlLines } from "../html";

export type StaffNotificationInput = {
  role: Role;
  name: string;
  isUpdate: boolean;
  adminUrl: string;
  answers: AnswerLine[];
  /** The language the signup was made in; staff read this email in theirs (the default). */
  locale: string;
};

export type RenderedEmail = { subject: string; text: string; html: string };

/** Every answer, readable in plain text and HTML, with the link to the admin record. */
export function renderStaffNotification(input: StaffNotificationInput): RenderedEmail {
  const messages = getStaffMessages().emails;
  const role = messages.roleNames[input.role];
  const subject = format(input.isUpdate ? messages.staff.subjectUpdated : messages.staff.subject, {
    role,
    name: input.name,
  });
  const intro = [
    format(input.isUpdate ? messages.staff.introUpdated : messages.staff.intro, { role }),
    ...(input.locale === DEFAULT_LOCALE
      ? []
      : [format(messages.staff.madeIn, { language: languageName(input.locale, DEFAULT_LOCALE) })]),
  ].join(" ");
  const text = [
    intro,
    "",
    ...input.answers.map(({ label, value }) => `${label}:\n  ${value.replace(/\n/g, "\n  ")}`),
    "",
    `${messages.staff.adminLink}: ${input.adminUrl}`,
    messages.staff.reply,
  ].join("\n");
  const rows = input.answers
    .map(
      ({ label, value }) =>
        `<tr><th align="left" valign="top" style="padding:4px 12px 4px 0">${escapeHtml(label)}</th><td style="padding:4px 0">${htmlLines(value)}</td></tr>`,
    )
    .join("");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(intro)}</p>
<table cellspacing="0" cellpadding="0">${rows}</table>
<p><a href="${escapeHtml(input.adminUrl)}">${escapeHtml(messages.staff.adminLink)}</a></p>
<p>${escapeHtml(messages.staff.reply)}</p>
</body></html>`;
  return { subject, text, html };
}
