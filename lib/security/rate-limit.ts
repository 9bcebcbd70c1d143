import { createHash } from "node:crypto";
import type { Db } from "../db/client";

// Fixed-window counters in PostgreSQL, so every app instance shares them. Keys are hashed:
// the table never holds an IP address or an email address.

export async function takeRateLimit(
  db: Db,
  options: { scope: string; subject: string; limit: number; windowMs: number; secret: string },
): Promise<boolean> {
  const key = createHash("sha256")
    .update(`${options.secret}:${options.scope}:${options.subject}`)
    .digest("base64url");
  const windowStart = new Date(Math.floor(Date.now() / options.windowMs) * options.windowMs);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_counters (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
    RETURNING count`;
  // Old windows are swept now and then rather than by a scheduled job.
  if (Math.random() < 0.01) {
    await db.$executeRaw`DELETE FROM rate_limit_counters WHERE window_start < ${new Date(Date.now() - 2 * options.windowMs)}`;
  }
  return (row?.count ?? 0) <= options.limit;
}

/** The client's address: the right-most X-Forwarded-For entry added by a proxy we trust. */
export function clientAddress(forwardedFor: string | null, trustedProxies: number): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? "unknown";
}
