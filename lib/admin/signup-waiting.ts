import type { Messages } from "../messages/en";
import { plural } from "../messages/plural";
import { localDay } from "../time/zoned";

/** Whole days from one of the organization's days to another (ORG_TIME_ZONE), 0 on the same day. */
export function waitingDays(since: Date, now: Date, timeZone: string): number {
  const days = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
  return Math.max(0, days(localDay(now, timeZone)) - days(localDay(since, timeZone)));
}

/** "Since today", "1 day", "12 days". */
export function waitingText(days: number, messages: Messages["admin"]["signupList"]): string {
  if (days === 0) return messages.waitingToday;
  return plural("en", messages.waitingDays, days);
}
