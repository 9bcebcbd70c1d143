import { hkdfSync } from "node:crypto";

// One secret (SESSION_SECRET), one key per purpose: a key that leaks or is misused for one
// purpose (a rate-limit hash, a form token) says nothing about the others. HKDF-SHA256, RFC 5869.

export type KeyPurpose =
  | "form-token"
  | "rate-limit"
  | "sessions"
  | "sealed-form-values"
  | "unsubscribe"
  | "volunteer-link"
  | "volunteer-session"
  | "signup-proposal";

/** Fixed and public: HKDF's salt need not be secret, only the same everywhere. */
const SALT = "pro-bono-volunteers/keys/v1";
const KEY_BYTES = 32;

const cache = new Map<string, Buffer>();

export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  const id = `${purpose}\0${secret}`;
  let key = cache.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, SALT, purpose, KEY_BYTES));
    // One secret per process in practice; the bound only keeps tests from growing it.
    if (cache.size > 32) cache.clear();
    cache.set(id, key);
  }
  return Buffer.from(key);
}

/** The key as 64 hex characters, for libraries that take a string secret (better-auth's `secret`). */
export function deriveSecret(secret: string, purpose: KeyPurpose): string {
  return deriveKey(secret, purpose).toString("hex");
}
