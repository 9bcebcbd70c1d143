import "server-only";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { VOLUNTEER_LINK_TASK } from "../jobs/queue";
import { rateLimitKey, rateLimitSubject, windowStartFor } from "../security/rate-limit";

// Asking for a link: the request counts its limits and queues a job, nothing more. Whether the
// address has signups is read by the job (link-task.ts), so a known and an unknown address
// cost the request the same work and get the same answer.

const HOUR_MS = 60 * 60 * 1000;

export type LinkRequestEnv = Pick<
  Env,
  "EMAIL_MAX_ATTEMPTS" | "VOLUNTEER_LINK_LIMIT_PER_EMAIL" | "VOLUNTEER_LINK_LIMIT_PER_IP"
> & { SESSION_SECRET: string };

export type LinkRequestInput = {
  /** Already normalised by LinkRequestSchema (trimmed, lower-case). */
  email: string;
  locale: string;
  /** clientAddress() of the request. */
  clientAddress: string;
};

/** Resolves the same way whatever the address; over a limit, nothing is queued. */
export async function requestVolunteerLink(
  db: Db,
  env: LinkRequestEnv,
  input: LinkRequestInput,
  now = Date.now(),
): Promise<void> {
  const windowStart = windowStartFor(now, HOUR_MS);
  const emailKey = rateLimitKey(env.SESSION_SECRET, "volunteer-link-email", input.email);
  const clientKey = rateLimitKey(
    env.SESSION_SECRET,
    "volunteer-link-ip",
    rateLimitSubject(input.clientAddress),
  );
  // One statement: both counters move, then the job is added only when both are within limits.
  await db.$queryRaw`
    WITH counted AS (
      INSERT INTO rate_limit_counters AS c (key, window_start, count)
      VALUES (${emailKey}, ${windowStart}::timestamptz, 1), (${clientKey}, ${windowStart}::timestamptz, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1
      RETURNING c.key, c.count)
    SELECT graphile_worker.add_job(${VOLUNTEER_LINK_TASK},
             json_build_object('email', ${input.email}::text, 'locale', ${input.locale}::text),
             max_attempts => ${env.EMAIL_MAX_ATTEMPTS}::int)
     WHERE (SELECT bool_and(count <= CASE WHEN key = ${emailKey} THEN ${env.VOLUNTEER_LINK_LIMIT_PER_EMAIL}::int
                                          ELSE ${env.VOLUNTEER_LINK_LIMIT_PER_IP}::int END) FROM counted)`;
}
