import { createHmac, timingSafeEqual } from "node:crypto";
import { deriveKey } from "./keys";

// The "stop these emails" link in a message names its signup and is signed with its own key:
// it works without signing in, for as long as the signup exists, and for that signup alone.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

function sign(signupId: string, secret: string): string {
  return createHmac("sha256", deriveKey(secret, "unsubscribe")).update(signupId).digest("base64url");
}

export function createUnsubscribeToken(signupId: string, secret: string): string {
  return `${signupId}.${sign(signupId, secret)}`;
}

/** The signup the token names, or null when it is not one we signed. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const match = new RegExp(`^(${UUID})\\.([\\w-]{43})$`).exec(token);
  if (!match) return null;
  const [, signupId, signature] = match as unknown as [string, string, string];
  const expected = Buffer.from(sign(signupId, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? signupId : null;
}
