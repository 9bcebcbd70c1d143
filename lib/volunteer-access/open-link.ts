import "server-only";
import type { Db } from "../db/client";
import { hashToken, isLinkUsable, mintToken, sessionExpiry } from "./tokens";

// Opening an emailed link. Looking at it (the GET a mail scanner makes) changes nothing; only
// the button's POST uses it up, starts a 30-minute session and records the opening.

export type OpenOutcome = { kind: "opened"; sessionToken: string; expiresAt: Date } | { kind: "dead" };

/** Whether the link would open now: the page shows its button, or the "ask for a new one" page. */
export async function isLinkOpenable(
  db: Db,
  secret: string,
  token: string,
  now = new Date(),
): Promise<boolean> {
  const tokenHash = hashToken(secret, "volunteer-link", token);
  if (!tokenHash) return false;
  const link = await db.volunteerLink.findUnique({
    where: { tokenHash },
    select: { expiresAt: true, usedAt: true },
  });
  return isLinkUsable(link, now);
}

export async function openVolunteerLink(
  db: Db,
  secret: string,
  token: string,
  now = new Date(),
): Promise<OpenOutcome> {
  const tokenHash = hashToken(secret, "volunteer-link", token);
  if (!tokenHash) return { kind: "dead" };
  return db.$transaction(async (tx) => {
    // One UPDATE decides: two presses at once open one session.
    const [link] = await tx.$queryRaw<{ email: string }[]>`
      UPDATE volunteer_links SET used_at = ${now}
       WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > ${now}
      RETURNING email`;
    if (!link) return { kind: "dead" } as const;
    const sessionToken = mintToken();
    const expiresAt = sessionExpiry(now);
    await tx.volunteerSession.create({
      data: {
        idHash: hashToken(secret, "volunteer-session", sessionToken)!,
        email: link.email,
        createdAt: now,
        expiresAt,
      },
    });
    await tx.$executeRaw`
      INSERT INTO signup_events (signup_id, kind, detail)
      SELECT id, 'volunteer_opened', '{}'::jsonb FROM signups
       WHERE email = ${link.email} AND anonymized_at IS NULL`;
    return { kind: "opened", sessionToken, expiresAt } as const;
  });
}
