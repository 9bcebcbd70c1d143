// Messages staff send go out inside the hourly cap on emails to volunteers' addresses
// (decision 018): each is given an hour with room left, this one or a later one, and waits
// for it in the queue. Staff take at most STAFF_SHARE of any hour, so a large send never holds
// back a new volunteer's confirmation.

export const STAFF_SHARE = 0.75;
/** The counter of emails to volunteers' addresses (rate_limit_counters; submit_signup writes it too). */
export const VOLUNTEER_EMAIL_CAP_KEY = "volunteer-emails";
const HOUR_MS = 3_600_000;

export type Slot = { hourStart: Date; count: number };

export function hourStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * Hours for `count` messages from `now` on: `used(hour)` is what that hour's counter holds
 * already. Hours are filled in order up to the staff share of `cap`.
 */
export function planSlots(count: number, cap: number, now: Date, used: (hour: Date) => number): Slot[] {
  const room = Math.max(1, Math.floor(cap * STAFF_SHARE));
  const slots: Slot[] = [];
  let left = count;
  for (let hour = hourStart(now); left > 0; hour = new Date(hour.getTime() + HOUR_MS)) {
    const take = Math.min(left, Math.max(0, room - used(hour)));
    if (take > 0) slots.push({ hourStart: hour, count: take });
    left -= take;
  }
  return slots;
}
