import "server-only";
import { randomBytes } from "node:crypto";
import type { StaffAuth } from "./auth";
import { SET_PASSWORD_PATH } from "./auth";

// A single-use link to set a password, as better-auth's own reset links are made (a
// `reset-password:<token>` verification row, consumed by its /reset-password endpoint), but
// valid as long as an invitation needs.

export const INVITATION_LINK_HOURS = 24;

export async function createPasswordLink(
  auth: StaffAuth,
  siteUrl: string,
  userId: string,
  hours = INVITATION_LINK_HOURS,
): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  const context = await auth.$context;
  await context.internalAdapter.createVerificationValue({
    identifier: `reset-password:${token}`,
    value: userId,
    expiresAt: new Date(Date.now() + hours * 3_600_000),
  });
  return `${siteUrl}${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`;
}
