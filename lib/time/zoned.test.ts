import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  isTimeZone,
  localDateTime,
  localDay,
  endOfLocalDay,
  startOfLocalDay,
  zoneName,
} from "./zoned";

const HOUR = 60 * 60 * 1000;
/** A local day as the filters read it: from its start to its end. */
const dayRange = (day: string, zone: string) => ({
  start: startOfLocalDay(day, zone),
  end: endOfLocalDay(day, zone),
});

/** The first minute whose local day is `day`, found by bisection over a three-day window. */
function firstMinuteOf(day: string, timeZone: string): Date {
  let low = new Date(`${day}T00:00:00.000Z`).getTime() - 36 * HOUR; // before the day anywhere
  let high = low + 72 * HOUR; // after its start anywhere
  while (high - low > 60_000) {
    const middle = low + Math.floor((high - low) / 120_000) * 60_000;
    if (localDay(new Date(middle), timeZone) < day) low = middle;
    else high = middle;
  }
  return new Date(high);
}

describe("zoned days", () => {
  it("knows IANA names and refuses others", () => {
    expect(isTimeZone("America/Denver")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mountain Time")).toBe(false);
    expect(isTimeZone("America/Nowhere")).toBe(false);
  });

  it("names a zone as people say it", () => {
    expect(zoneName("America/Denver")).toBe("Mountain Time");
    expect(zoneName("UTC")).toBe("UTC");
  });

  it("writes a local date and time a spreadsheet reads", () => {
    expect(localDateTime(new Date("2026-12-07T05:30:09Z"), "America/Denver")).toBe("2026-12-06 22:30:09");
  });

  it("gives Mountain Time's local day of an instant", () => {
    // 05:30 UTC on 7 December is 10:30 PM on the 6th in Denver (MST, UTC-7).
    expect(localDay(new Date("2026-12-07T05:30:00Z"), "America/Denver")).toBe("2026-12-06");
    expect(localDay(new Date("2026-12-07T07:00:00Z"), "America/Denver")).toBe("2026-12-07");
    expect(localDay(new Date("2026-12-07T05:30:00Z"), "UTC")).toBe("2026-12-07");
  });

  it("counts days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("starts Denver's days at 07:00 UTC in winter and 06:00 in summer, 23 and 25 hours on change days", () => {
    expect(startOfLocalDay("2026-12-07", "America/Denver").toISOString()).toBe("2026-12-07T07:00:00.000Z");
    expect(startOfLocalDay("2026-07-01", "America/Denver").toISOString()).toBe("2026-07-01T06:00:00.000Z");
    const spring = dayRange("2026-03-08", "America/Denver");
    expect((spring.end.getTime() - spring.start.getTime()) / HOUR).toBe(23);
    const autumn = dayRange("2026-11-01", "America/Denver");
    expect((autumn.end.getTime() - autumn.start.getTime()) / HOUR).toBe(25);
  });

  it("starts a day whose midnight a clock change skips at its first minute (Santiago, Beirut)", () => {
    for (const [day, zone] of [
      ["2026-09-06", "America/Santiago"],
      ["2024-03-31", "Asia/Beirut"],
    ] as const) {
      expect(startOfLocalDay(day, zone).toISOString()).toBe(firstMinuteOf(day, zone).toISOString());
    }
  });

  it("gives a day the zone skipped no length, and the days at the ends of the calendar a start", () => {
    const skipped = dayRange("2011-12-30", "Pacific/Apia");
    expect(skipped.end.getTime() - skipped.start.getTime()).toBe(0);
    expect(startOfLocalDay("2011-12-31", "Pacific/Apia").toISOString()).toBe("2011-12-30T10:00:00.000Z");
    expect(Number.isNaN(startOfLocalDay("0001-01-01", "America/Denver").getTime())).toBe(false);
    expect(Number.isNaN(dayRange("9999-12-30", "America/Denver").end.getTime())).toBe(false);
  });

  it("starts every day in every kind of zone at its first minute", () => {
    const zones = [
      "America/Denver",
      "America/Phoenix",
      "America/Santiago",
      "America/St_Johns",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
      "Pacific/Apia",
      "Europe/London",
      "UTC",
    ];
    const days = fc
      // From 2012: until 2011 St. John's turned its clocks back at 00:01, so a day began twice
      // and the bisection below (which needs one change of day) finds the second start.
      .date({
        min: new Date("2012-01-01T00:00:00Z"),
        max: new Date("2040-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(days, fc.constantFrom(...zones), (day, zone) => {
        expect(startOfLocalDay(day, zone).toISOString()).toBe(firstMinuteOf(day, zone).toISOString());
      }),
      { numRuns: 300 },
    );
  });
});
