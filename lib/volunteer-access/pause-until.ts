import { addDays } from "../time/zoned";

// The last day of a pause a volunteer chooses on their own page: a real day after today (the
// organization's today) and within a year; past that, withdrawing says it better.

export const PAUSE_MAX_DAYS = 365;

export type PauseUntil = { ok: true; day: string } | { ok: false; error: "missing" | "past" | "tooFar" };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** `today` is the organization's local day, YYYY-MM-DD (localDay(now, ORG_TIME_ZONE)). */
export function checkPauseUntil(value: unknown, today: string): PauseUntil {
  const day = typeof value === "string" ? value.trim() : "";
  if (!isRealDay(day)) return { ok: false, error: "missing" };
  if (day <= today) return { ok: false, error: "past" };
  if (day > addDays(today, PAUSE_MAX_DAYS)) return { ok: false, error: "tooFar" };
  return { ok: true, day };
}
