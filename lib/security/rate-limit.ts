import "server-only";
import { createHash } from "node:crypto";

// Fixed-window counters in PostgreSQL, so every app instance shares them (counted by the
// submit_signup function). Keys are hashed: the table never holds an IP address or an email
// address.

export function rateLimitKey(secret: string, scope: string, subject: string): string {
  return createHash("sha256").update(`${secret}:${scope}:${subject}`).digest("base64url");
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
