import "server-only";
import type { Db } from "../db/client";
import { hashToken } from "./tokens";

// A volunteer's session: the address whose signups it may read, for 30 minutes from the
// link's opening, never extended. Every read in own-signups.ts takes one of these.

declare const verified: unique symbol;
/** Only readVolunteerSession makes one: a page cannot name an address of its own choosing. */
export type VolunteerSession = { readonly email: string; readonly [verified]: true };

export async function readVolunteerSession(
  db: Db,
  secret: string,
  cookieValue: string | undefined,
  now = new Date(),
): Promise<VolunteerSession | null> {
  const idHash = cookieValue ? hashToken(secret, "volunteer-session", cookieValue) : null;
  if (!idHash) return null;
  const session = await db.volunteerSession.findUnique({
    where: { idHash },
    select: { email: true, expiresAt: true },
  });
  if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
  return { email: session.email } as VolunteerSession;
}

/** Signing out deletes the row: the cookie, if kept, opens nothing. */
export async function endVolunteerSession(
  db: Db,
  secret: string,
  cookieValue: string | undefined,
): Promise<void> {
  const idHash = cookieValue ? hashToken(secret, "volunteer-session", cookieValue) : null;
  if (!idHash) return;
  // Expired sessions of anyone go too: the table holds only live ones for long.
  await db.volunteerSession.deleteMany({ where: { OR: [{ idHash }, { expiresAt: { lt: new Date() } }] } });
}
