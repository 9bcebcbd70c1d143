// Days and times in the organization's time zone (ORG_TIME_ZONE, an IANA name): staff in New
// Mexico read "Dec 7, 2026, 9:15 AM MST", and "the last 7 days" or a filter's "from" day are
// their local days, not UTC's. Pure: the zone is an argument.

/** True when Intl knows the zone (the IANA names Node's ICU carries, and "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A zone as people say it: "Mountain Time" for America/Denver; its IANA name when Intl has none. */
export function zoneName(timeZone: string, locale = "en-US"): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "longGeneric" }).formatToParts(
    new Date(),
  );
  const name = parts.find((part) => part.type === "timeZoneName")?.value;
  return name && !/^GMT/.test(name) ? name : timeZone;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const partsCache = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string) {
  let format = partsCache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsCache.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of an instant in a zone. */
function wallClock(instant: Date, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return fields as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  // Not Date.UTC, which reads the years 0-99 as 1900-1999.
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  asUtc.setUTCHours(wall.hour, wall.minute, wall.second);
  return asUtc.getTime() - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The local day (YYYY-MM-DD) an instant falls on in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "YYYY-MM-DD HH:MM:SS" on the zone's clock: a spreadsheet reads it as a date and time. */
export function localDateTime(instant: Date, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${localDay(instant, timeZone)} ${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}`;
}

/** The day `days` after (or before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The instant a local day begins in a zone: its midnight, or, where a clock change skips
 * midnight, the first minute that exists. Its midnight read with each offset the zone has
 * around that day gives the candidates; the earliest that falls on the day is its start (a
 * skipped midnight read with the offset before the change is the change itself).
 */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const wallMs = new Date(`${day}T00:00:00.000Z`).getTime();
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetAt(new Date(wallMs + shift), timeZone)));
  const onTheDay = [...offsets]
    .map((offset) => wallMs - offset)
    .filter((instant) => localDay(new Date(instant), timeZone) === day);
  // A day the zone skipped altogether (Samoa's 30 December 2011) begins where the next one does.
  return onTheDay.length ? new Date(Math.min(...onTheDay)) : endOfLocalDay(day, timeZone);
}

/** The instant a local day ends: the next day's start (the end of a range of days, exclusive). */
export function endOfLocalDay(day: string, timeZone: string): Date {
  return startOfLocalDay(addDays(day, 1), timeZone);
}
