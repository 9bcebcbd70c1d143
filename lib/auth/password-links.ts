import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import type { StaffAuth } from "./auth";
import { SET_PASSWORD_PATH } from "./auth";

// A single-use link to set a password, as better-auth's own reset links are made (a
// `reset-password:<token>` verification row, consumed by its /reset-password endpoint), but
// valid as long as an invitation needs. Only one link per account is ever live: a new one, or
// a password set with one, ends the rest.

export const INVITATION_LINK_HOURS = 24;
const RESET_PREFIX = "reset-password:";

/**
 * How better-auth stores a verification identifier (its `storeIdentifier` option): a SHA-256
 * hash, so the table holds no usable token. A reset link's keeps its prefix in the clear, so
 * the links of one account can be found and ended.
 */
export function hashVerificationIdentifier(identifier: string): string {
  const hash = createHash("sha256").update(identifier).digest("base64url");
  return identifier.startsWith(RESET_PREFIX) ? `${RESET_PREFIX}${hash}` : hash;
}

/** Ends every password link of the account except the one with `keepToken`. */
export async function endOtherPasswordLinks(
  db: Pick<Db, "authVerification">,
  userId: string,
  keepToken?: string,
): Promise<void> {
  const kept = keepToken ? hashVerificationIdentifier(`${RESET_PREFIX}${keepToken}`) : null;
  await db.authVerification.deleteMany({
    where: {
      value: userId,
      identifier: { startsWith: RESET_PREFIX, ...(kept ? { not: kept } : {}) },
    },
  });
}

export async function createPasswordLink(
  auth: StaffAuth,
  db: Db,
  siteUrl: string,
  userId: string,
  hours = INVITATION_LINK_HOURS,
): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await endOtherPasswordLinks(db, userId);
  const context = await auth.$context;
  await context.internalAdapter.createVerificationValue({
    identifier: `${RESET_PREFIX}${token}`,
    value: userId,
    expiresAt: new Date(Date.now() + hours * 3_600_000),
  });
  return `${siteUrl}${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`;
}

/**
 * Whether a link still sets a password, so its page can say at once when it does not (used,
 * expired, or replaced by a newer one) instead of after a password was typed.
 */
export async function isPasswordLinkLive(db: Pick<Db, "authVerification">, token: string): Promise<boolean> {
  if (!token) return false;
  const link = await db.authVerification.findFirst({
    where: {
      identifier: hashVerificationIdentifier(`${RESET_PREFIX}${token}`),
      expiresAt: { gt: new Date() },
    },
    select: { id: true },
  });
  return link !== null;
}
