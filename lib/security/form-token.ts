// Plain Node may load this (the end-to-end tests mint tokens already old enough, instead of
// waiting out the bot timer); components are kept out of it by SERVER_MODULES (eslint.config.mjs).
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { deriveKey } from "./keys";

// A signed token in every signup form: when the form was served (to refuse bots that submit
// faster than a person can read) and the idempotency key that makes a double submit one signup.

const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function sign(payload: string, secret: string): string {
  return createHmac("sha256", deriveKey(secret, "form-token"))
    .update(`form-token:${payload}`)
    .digest("base64url");
}

export function createFormToken(secret: string, now = Date.now()): string {
  const payload = `${now}.${randomUUID()}`;
  return `${payload}.${sign(payload, secret)}`;
}

export type FormToken = { issuedAt: number; key: string };

/** The token's contents, or null when it is missing, forged or older than a day. */
export function verifyFormToken(
  token: string | undefined,
  secret: string,
  now = Date.now(),
): FormToken | null {
  const match = /^(\d{13})\.([0-9a-f-]{36})\.([\w-]{43})$/.exec(token ?? "");
  if (!match) return null;
  const [, issuedAt, key, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(`${issuedAt}.${key}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const age = now - Number(issuedAt);
  if (age < 0 || age > MAX_AGE_MS) return null;
  return { issuedAt: Number(issuedAt), key };
}
