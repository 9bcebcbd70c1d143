import { formatDate, formatDay } from "../../admin/record-time";
import { format, getStaffMessages, plural } from "../../messages";
import type { Role } from "../../signup/options";
import { escapeHtml } from "../html";
import type { RenderedEmail } from "./staff-notification";

export type DigestVolunteer = {
  signupId: string;
  role: Role;
  name: string;
  stepsOpen: number;
  lastStepAt: Date | null;
  createdAt: Date;
  /** The first expiry of a done step (YYYY-MM-DD), and that step's key when known. */
  firstExpiry: string | null;
  expiringStep: string | null;
  stalled: boolean;
  expiring: boolean;
};

export type OnboardingDigestInput = {
  staffName: string;
  volunteers: DigestVolunteer[];
  stalledDays: number;
  expiringDays: number;
  siteUrl: string;
  timeZone: string;
};

/** At most this many lines a section; the rest are one link to the list away. */
export const SECTION_MAX = 50;

type Section = { title: string; lines: { text: string; url: string }[]; more: number; listUrl: string };

/**
 * One email to a staff member: their assigned volunteers who stalled (longest first) and those
 * with a step expiring (soonest first), each with the link to the record, and each section with
 * the list filtered to it. Staff-only: English.
 */
export function renderOnboardingDigest(input: OnboardingDigestInput): RenderedEmail {
  const w = getStaffMessages().admin.onboardingDigest;
  const roles = getStaffMessages().emails.roleNames;
  const steps = getStaffMessages().onboarding.steps as Record<string, { title: string }>;
  const record = (v: DigestVolunteer) => `${input.siteUrl}/admin/signups/${v.signupId}`;
  const list = (readiness: string) => `${input.siteUrl}/admin/signups?assignee=me&readiness=${readiness}`;
  const section = (
    title: string,
    rows: DigestVolunteer[],
    line: (v: DigestVolunteer) => string,
    readiness: string,
  ) => ({
    title,
    lines: rows.slice(0, SECTION_MAX).map((v) => ({ text: line(v), url: record(v) })),
    more: Math.max(0, rows.length - SECTION_MAX),
    listUrl: list(readiness),
  });
  const stalled = input.volunteers
    .filter((v) => v.stalled)
    .sort((a, b) => (a.lastStepAt ?? a.createdAt).getTime() - (b.lastStepAt ?? b.createdAt).getTime());
  const expiring = input.volunteers
    .filter((v) => v.expiring)
    .sort((a, b) => (a.firstExpiry ?? "").localeCompare(b.firstExpiry ?? ""));
  const sections: Section[] = [];
  if (stalled.length > 0)
    sections.push(
      section(
        plural("en", w.stalled, input.stalledDays),
        stalled,
        (v) =>
          format(w.stalledLine, {
            name: v.name,
            role: roles[v.role],
            steps: plural("en", w.stepsOpen, v.stepsOpen),
            last: v.lastStepAt
              ? formatDate(v.lastStepAt, input.timeZone)
              : format(w.never, { date: formatDate(v.createdAt, input.timeZone) }),
          }),
        "stalled",
      ),
    );
  if (expiring.length > 0)
    sections.push(
      section(
        plural("en", w.expiring, input.expiringDays),
        expiring,
        (v) =>
          format(w.expiringLine, {
            name: v.name,
            role: roles[v.role],
            step: (v.expiringStep && steps[v.expiringStep]?.title) || w.anyStep,
            date: formatDay(v.firstExpiry ?? ""),
          }),
        "expiring",
      ),
    );
  const count = new Set([...stalled, ...expiring].map((v) => v.signupId)).size;
  const intro = format(w.intro, { name: input.staffName });
  const text = [
    intro,
    ...sections.flatMap((s) => [
      "",
      `${s.title}:`,
      ...s.lines.map((l) => `- ${l.text}\n  ${l.url}`),
      ...(s.more > 0 ? [plural("en", w.more, s.more)] : []),
      `${w.openAll}: ${s.listUrl}`,
    ]),
    "",
    w.footer,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(intro)}</p>
${sections
  .map(
    (s) => `<h3 style="font-size:1em;margin:1.2em 0 0.2em">${escapeHtml(s.title)}</h3>
<ul style="margin:0">${s.lines.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a></li>`).join("")}</ul>
${s.more > 0 ? `<p style="margin:0.2em 0">${escapeHtml(plural("en", w.more, s.more))}</p>` : ""}
<p style="margin:0.2em 0"><a href="${escapeHtml(s.listUrl)}">${escapeHtml(w.openAll)}</a></p>`,
  )
  .join("\n")}
<p>${escapeHtml(w.footer)}</p>
</body></html>`;
  return { subject: plural("en", w.subject, count), text, html };
}
