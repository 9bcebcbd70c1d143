import "server-only";
import { createHmac } from "node:crypto";
import { deriveKey } from "./keys";

// Fixed-window counters in PostgreSQL, so every app instance shares them (counted by the
// submit_signup function). Keys are hashed: the table never holds an IP address or an email
// address, and a keyed hash (HMAC with the rate-limit key) so they cannot be guessed back.

export function rateLimitKey(secret: string, scope: string, subject: string): string {
  return createHmac("sha256", deriveKey(secret, "rate-limit"))
    .update(`${scope}:${subject}`)
    .digest("base64url");
}

export function windowStartFor(now: number, windowMs: number): Date {
  return new Date(Math.floor(now / windowMs) * windowMs);
}

/** The client's address: the right-most X-Forwarded-For entry added by a proxy we trust. */
export function clientAddress(forwardedFor: string | null, trustedProxies: number): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? "unknown";
}
