import { describe, expect, it } from "vitest";
import { checkPauseUntil } from "./pause-until";

describe("the day a volunteer's pause ends", () => {
  const today = "2026-12-07";

  it("is any day from tomorrow to a year from today", () => {
    expect(checkPauseUntil("2026-12-08", today)).toEqual({ ok: true, day: "2026-12-08" });
    expect(checkPauseUntil(" 2027-12-07 ", today)).toEqual({ ok: true, day: "2027-12-07" });
  });

  it("refuses today, the past and more than a year ahead", () => {
    expect(checkPauseUntil("2026-12-07", today)).toEqual({ ok: false, error: "past" });
    expect(checkPauseUntil("2025-01-01", today)).toEqual({ ok: false, error: "past" });
    expect(checkPauseUntil("2027-12-08", today)).toEqual({ ok: false, error: "tooFar" });
  });

  it("refuses what is not a day of the calendar", () => {
    for (const value of [
      undefined,
      "",
      "tomorrow",
      "2027-02-30",
      "2027-13-01",
      "07/01/2027",
      ["2027-01-01"],
    ]) {
      expect(checkPauseUntil(value, today)).toEqual({ ok: false, error: "missing" });
    }
  });
});
