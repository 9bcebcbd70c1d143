import "server-only";
import { createHmac } from "node:crypto";
import { isIP } from "node:net";
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

/**
 * The client's address as the front door wrote it into X-Forwarded-For (lib/server/front-door.ts,
 * decision 015): one address, already chosen from the socket or the trusted proxies. Anything
 * else (a list, a name) did not come through the front door and counts as one shared "unknown".
 */
export function clientAddress(forwardedFor: string | null): string {
  const address = forwardedFor?.trim() ?? "";
  return isIP(address.replace(/%.*$/, "")) ? address : "unknown";
}

/** clientAddress of a request's (or server call's) headers. */
export function clientAddressOf(headers: Headers | null | undefined): string {
  return clientAddress(headers?.get("x-forwarded-for") ?? null);
}

/** An IPv6 address's eight hextets, four hex digits each (`::` expanded, a dotted IPv4 tail converted). */
function hextets(address: string): string[] {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::", 2);
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => group.padStart(4, "0"));
}

/**
 * What a per-IP limit counts: an IPv4 address whole, an IPv6 address by its /64 (one household
 * or server is routinely given a whole /64, so counting single IPv6 addresses counts nothing).
 * An IPv4-mapped IPv6 address is its IPv4 address; any spelling of one address is one subject.
 */
export function rateLimitSubject(address: string): string {
  const version = isIP(address.replace(/%.*$/, ""));
  if (version === 4) return address;
  if (version !== 6) return address;
  const groups = hextets(address);
  if (groups.slice(0, 5).every((group) => group === "0000") && groups[5] === "ffff") {
    const [high, low] = [parseInt(groups[6]!, 16), parseInt(groups[7]!, 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return `${groups.slice(0, 4).join(":")}::/64`;
}
