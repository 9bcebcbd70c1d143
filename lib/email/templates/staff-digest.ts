import { formatDay, formatTime } from "../../admin/record-time";
import { format, getStaffMessages, plural } from "../../messages";
import type { Role } from "../../signup/options";
import type { VolunteerChangeKind } from "../../volunteer-access/change-kinds";
import { escapeHtml } from "../html";
import type { RenderedEmail } from "./staff-notification";

export type DigestChange = {
  kind: VolunteerChangeKind;
  at: Date;
  /** updated: the labels of the answers that changed, in the form's order. */
  answers?: string[];
  /** volunteer_paused: the day, YYYY-MM-DD. */
  until?: string;
};

export type DigestEntry = {
  signupId: string;
  role: Role;
  /** Null once the signup is anonymised: the entry then names no one. */
  name: string | null;
  changes: DigestChange[];
};

type Words = ReturnType<typeof getStaffMessages>["emails"]["volunteerChanges"];

function sentence(change: DigestChange, w: Words): string {
  switch (change.kind) {
    case "updated":
      return change.answers?.length
        ? format(w.updated, { answers: change.answers.join(", ") })
        : w.updatedNothingShown;
    case "volunteer_paused":
      return format(w.paused, { date: formatDay(change.until ?? "") });
    case "volunteer_withdrew":
      return w.withdrew;
    case "do_not_contact":
      return w.doNotContact;
    case "volunteer_deleted":
      return w.deleted;
  }
}

function heading(entry: DigestEntry, w: Words): string {
  const role = getStaffMessages().emails.roleNames[entry.role];
  const deleted = entry.changes.some((change) => change.kind === "volunteer_deleted");
  const name = entry.name ?? (deleted ? w.deletedName : w.anonymisedName);
  return format(w.entry, { name, role });
}

/**
 * One email to a staff inbox: for each signup whose volunteer changed it, who (or, once they
 * deleted their data, no one by name), the role, each change as a sentence at its time on the
 * organization's clock, and the link to the record.
 */
export function renderStaffDigest(
  entries: DigestEntry[],
  { siteUrl, timeZone }: { siteUrl: string; timeZone: string },
): RenderedEmail {
  const w = getStaffMessages().emails.volunteerChanges;
  const blocks = entries.map((entry) => ({
    heading: heading(entry, w),
    lines: entry.changes.map((change) =>
      format(w.line, { time: formatTime(change.at, timeZone), change: sentence(change, w) }),
    ),
    url: `${siteUrl}/admin/signups/${entry.signupId}`,
  }));
  const subject = plural("en", w.subject, entries.length);
  const text = [
    w.intro,
    ...blocks.flatMap((block) => [
      "",
      block.heading,
      ...block.lines.map((line) => `- ${line}`),
      `${w.open}: ${block.url}`,
    ]),
    "",
    w.footer,
  ].join("\n");
  const sections = blocks
    .map(
      (block) => `<h3 style="font-size:1em;margin:1.2em 0 0.2em">${escapeHtml(block.heading)}</h3>
<ul style="margin:0">${block.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>
<p style="margin:0.2em 0"><a href="${escapeHtml(block.url)}">${escapeHtml(w.open)}</a></p>`,
    )
    .join("\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(w.intro)}</p>
${sections}
<p>${escapeHtml(w.footer)}</p>
</body></html>`;
  return { subject, text, html };
}
