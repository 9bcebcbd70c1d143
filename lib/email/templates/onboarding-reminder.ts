import { format, getMessages } from "../../messages";
import { findStep } from "../../onboarding/steps";
import type { Role } from "../../signup/options";
import { escapeHtml, htmlLines } from "../html";
import { manageFooter } from "../manage-link";
import type { RenderedEmail } from "./staff-notification";

export type OnboardingReminderInput = {
  role: Role;
  firstName: string;
  orgName: string;
  /** The keys of the open steps that are the volunteer's to do, in the steps' order. */
  steps: string[];
  locale: string;
  manageUrl: string;
  /** The page that stops every email to this signup (stop-links.ts). */
  stopPageUrl: string;
};

/** The weekly reminder: the volunteer's own open steps by title, and where to do them. */
export function renderOnboardingReminder(input: OnboardingReminderInput): RenderedEmail {
  const messages = getMessages(input.locale);
  const m = messages.emails.onboardingReminder;
  const values = { name: input.firstName, org: input.orgName, role: messages.emails.roleNames[input.role] };
  const titles = messages.onboarding.steps as Record<string, { title: string }>;
  const lines = input.steps.map((key) => {
    const title = titles[key]?.title ?? key;
    return findStep(key)?.isTraining ? format(m.training, { step: title }) : title;
  });
  const how = format(m.how, { url: input.manageUrl });
  const stop = format(messages.emails.message.stop, { org: input.orgName, url: input.stopPageUrl });
  const footer = manageFooter(input.locale, input.manageUrl);
  const text = [
    format(m.greeting, values),
    format(m.intro, values),
    lines.map((line) => `- ${line}`).join("\n"),
    how,
    m.help,
    format(m.signature, values),
  ].join("\n\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(format(m.greeting, values))}</p>
<p>${escapeHtml(format(m.intro, values))}</p>
<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>
<p>${escapeHtml(how)}</p>
<p>${escapeHtml(m.help)}</p>
<p>${htmlLines(format(m.signature, values))}</p>
<hr>${footer.html}
<p style="font-size:0.9em">${escapeHtml(stop)}</p>
</body></html>`;
  return {
    subject: format(m.subject, values),
    text: `${text}\n\n--\n${footer.text}\n${stop}`,
    html,
  };
}
