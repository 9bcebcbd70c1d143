import { createHmac, randomBytes } from "node:crypto";
import { deriveKey } from "../security/keys";

// The emailed link's token and the session's id: 32 random bytes, base64url. The database
// keeps only an HMAC under a key of their own purpose, so a copy of the tables opens nothing.

export const LINK_TTL_MS = 24 * 60 * 60 * 1000;
export const SESSION_TTL_MS = 30 * 60 * 1000;

type TokenPurpose = "volunteer-link" | "volunteer-session";

const TOKEN_SHAPE = /^[\w-]{43}$/;

export function mintToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token; null for text that cannot be one of ours (no lookup needed). */
export function hashToken(secret: string, purpose: TokenPurpose, token: string): string | null {
  if (!TOKEN_SHAPE.test(token)) return null;
  return createHmac("sha256", deriveKey(secret, purpose)).update(token).digest("base64url");
}

export type LinkState = { expiresAt: Date; usedAt: Date | null };

/** A link opens once, before it expires. */
export function isLinkUsable(link: LinkState | null | undefined, now: Date): boolean {
  return Boolean(link && link.usedAt === null && link.expiresAt.getTime() > now.getTime());
}

/** When a link or a session made at `now` stops working. */
export const linkExpiry = (now: Date) => new Date(now.getTime() + LINK_TTL_MS);
export const sessionExpiry = (now: Date) => new Date(now.getTime() + SESSION_TTL_MS);
