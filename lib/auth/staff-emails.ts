import "server-only";
import type { Db } from "../db/client";
import { format, getStaffMessages, plural } from "../messages";
import { escapeHtml } from "../email/html";
import { SEND_STAFF_EMAIL_TASK } from "../jobs/queue";

// Emails to staff members themselves (invitations, password links), queued in PostgreSQL like
// every email, so an SMTP outage delays them and a request answers the same either way.

export type StaffEmailPayload = { to: string; subject: string; text: string; html: string };

type LinkKind = "invitation" | "reset";

export function renderPasswordLinkEmail(kind: LinkKind, link: string, orgName: string, hours: number) {
  const m = getStaffMessages().emails.staffLinks[kind];
  const values = { org: orgName, hours };
  const paragraphs = [format(m.intro, values), link, plural("en", m.expiry, hours), m.ignore];
  return {
    subject: format(m.subject, values),
    text: paragraphs.join("\n\n"),
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs
      .map((p) =>
        p === link
          ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
          : `<p>${escapeHtml(p)}</p>`,
      )
      .join("\n")}</body></html>`,
  };
}

export async function queueStaffEmail(db: Pick<Db, "$executeRaw">, email: StaffEmailPayload): Promise<void> {
  await db.$executeRaw`SELECT graphile_worker.add_job(${SEND_STAFF_EMAIL_TASK}, ${JSON.stringify(email)}::json, max_attempts := 10)`;
}
