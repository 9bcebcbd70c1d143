import { describe, expect, it } from "vitest";
import { PRO_BONO_WEEK_LIMITS, ProBonoWeekFormSchema, proBonoWeekFieldErrors } from "./pro-bono-week-form";

const valid = {
  start: "2026-10-25",
  end: "2026-10-31",
  calloutEn: "{dates}: join us.",
  calloutEs: "{dates}: únase.",
};
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = ProBonoWeekFormSchema.safeParse(input);
  return parsed.success ? {} : proBonoWeekFieldErrors(parsed.error);
};

describe("ProBonoWeekFormSchema", () => {
  it("accepts a week and a text in both languages, trimmed", () => {
    const parsed = ProBonoWeekFormSchema.parse({ ...valid, calloutEn: "  Join us.  " });
    expect(parsed.calloutEn).toBe("Join us.");
  });

  it("accepts no dates (no callout) and no texts (the catalogs' words)", () => {
    expect(errorsOf({ start: "", end: "", calloutEn: "", calloutEs: "" })).toEqual({});
  });

  it("accepts a week of one day", () => {
    expect(errorsOf({ ...valid, end: valid.start })).toEqual({});
  });

  it("refuses a day that is not on the calendar", () => {
    expect(errorsOf({ ...valid, start: "2026-02-30" })).toEqual({ start: "day" });
    expect(errorsOf({ ...valid, end: "next week" })).toEqual({ end: "day" });
  });

  it("refuses one date without the other", () => {
    expect(errorsOf({ ...valid, end: "" })).toEqual({ end: "bothDates" });
    expect(errorsOf({ ...valid, start: "" })).toEqual({ start: "bothDates" });
  });

  it("refuses an end before the start", () => {
    expect(errorsOf({ ...valid, start: "2026-10-31", end: "2026-10-25" })).toEqual({ end: "endBeforeStart" });
  });

  it("refuses a text longer than the limit", () => {
    expect(errorsOf({ ...valid, calloutEs: "a".repeat(PRO_BONO_WEEK_LIMITS.callout + 1) })).toEqual({
      calloutEs: "tooLong",
    });
  });

  it("asks for the text in both languages once one is given", () => {
    expect(errorsOf({ ...valid, calloutEs: "   " })).toEqual({ calloutEs: "bothTexts" });
    expect(errorsOf({ ...valid, calloutEn: "" })).toEqual({ calloutEn: "bothTexts" });
  });
});
