import type { Db } from "../../lib/db/client";
import { openVolunteerLink } from "../../lib/volunteer-access/open-link";
import { readVolunteerSession, type VolunteerSession } from "../../lib/volunteer-access/session";
import { hashToken, mintToken } from "../../lib/volunteer-access/tokens";
import { TEST_EMAIL_ENV } from "./signup-fixtures";

/** A volunteer's session for `email`, as opening a fresh emailed link makes one (decision 029). */
export async function volunteerSessionFor(
  db: Db,
  email: string,
  secret = TEST_EMAIL_ENV.SESSION_SECRET,
): Promise<VolunteerSession> {
  const token = mintToken();
  await db.volunteerLink.create({
    data: {
      tokenHash: hashToken(secret, "volunteer-link", token)!,
      email,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  const opened = await openVolunteerLink(db, secret, token);
  if (opened.kind !== "opened") throw new Error("the fresh link did not open");
  return (await readVolunteerSession(db, secret, opened.sessionToken))!;
}
