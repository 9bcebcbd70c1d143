import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { deriveKey } from "./keys";

// Answers carried in a URL, sealed (AES-256-GCM) so only this site can read or make them and
// the URL reveals nothing: a form post refused on another host name of the site is sent back
// to SITE_URL with its answers, without storing them anywhere.

const MAX_AGE_MS = 30 * 60 * 1000;
/** Past this the URL grows too long for some proxies; the answers are then not carried. */
export const MAX_SEALED_LENGTH = 6000;

const keyFor = (secret: string) => deriveKey(secret, "sealed-form-values");

export function sealValues(values: unknown, secret: string, now = Date.now()): string | null {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const plain = deflateRawSync(JSON.stringify({ at: now, values }));
  const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  const text = sealed.toString("base64url");
  return text.length <= MAX_SEALED_LENGTH ? text : null;
}

/** The values, or null when the text is forged, damaged or older than half an hour. */
export function openSealedValues(text: string, secret: string, now = Date.now()): unknown {
  try {
    const sealed = Buffer.from(text, "base64url");
    if (sealed.length < 29 || text.length > MAX_SEALED_LENGTH) return null;
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(-16));
    const plain = Buffer.concat([decipher.update(sealed.subarray(12, -16)), decipher.final()]);
    const { at, values } = JSON.parse(inflateRawSync(plain, { maxOutputLength: 1_000_000 }).toString("utf8"));
    const age = now - Number(at);
    return age >= 0 && age <= MAX_AGE_MS ? values : null;
  } catch {
    return null;
  }
}
