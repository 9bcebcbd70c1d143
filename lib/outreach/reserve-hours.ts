import type { Db } from "../db/client";
import { hourStart, planSlots, VOLUNTEER_EMAIL_CAP_KEY, type Slot } from "./hourly-slots";

// Reserves room for `count` emails to volunteers under the hourly cap (decision 018): one
// planner at a time (an advisory lock on the counter's key), each email given an hour with
// room, this one or a later one, and the counter raised for those hours in the same
// transaction. Staff messages and the onboarding reminders draw on the same counter; a
// signup's own confirmation raises it without the lock, as staff leave it a share of each hour.
// No "server-only": the worker's daily job reserves hours too.

type Tx = Pick<Db, "$queryRaw" | "$executeRaw">;

/** The hours reserved and, per email, when its job runs (its hour's start, or now for this hour). */
export async function reserveVolunteerEmailHours(
  tx: Tx,
  perHour: number,
  count: number,
  now: Date,
): Promise<{ slots: Slot[]; runAt: Date[] }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${VOLUNTEER_EMAIL_CAP_KEY}))`;
  const counters = await tx.$queryRaw<{ hour: Date; count: number }[]>`
    SELECT window_start AS hour, count FROM rate_limit_counters
     WHERE key = ${VOLUNTEER_EMAIL_CAP_KEY} AND window_start >= ${hourStart(now)}::timestamptz`;
  const used = new Map(counters.map((row) => [row.hour.getTime(), row.count]));
  const slots = planSlots(count, perHour, now, (hour) => used.get(hour.getTime()) ?? 0);
  await tx.$executeRaw`
    INSERT INTO rate_limit_counters AS c (key, window_start, count)
    SELECT ${VOLUNTEER_EMAIL_CAP_KEY}, hour, n
      FROM unnest(${slots.map((s) => s.hourStart)}::timestamptz[], ${slots.map((s) => s.count)}::int[]) AS x(hour, n)
    ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + excluded.count`;
  const runAt = slots.flatMap((slot) =>
    Array.from({ length: slot.count }, () => new Date(Math.max(slot.hourStart.getTime(), now.getTime()))),
  );
  return { slots, runAt };
}
