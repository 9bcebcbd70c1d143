import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { waitingDays, waitingText } from "./signup-waiting";

const m = en.admin.signupList;

describe("waitingDays", () => {
  it("counts the organization's days, not 24-hour spans", () => {
    // 11 PM and 1 AM in Denver (MST, UTC-7) are two days apart by the calendar.
    const late = new Date("2026-12-08T06:00:00.000Z"); // Dec 7, 11 PM MST
    const early = new Date("2026-12-08T08:00:00.000Z"); // Dec 8, 1 AM MST
    expect(waitingDays(late, early, "America/Denver")).toBe(1);
    expect(waitingDays(early, early, "America/Denver")).toBe(0);
    expect(waitingDays(new Date("2026-11-28T12:00:00Z"), new Date("2026-12-08T12:00:00Z"), "UTC")).toBe(10);
  });

  it("is never negative (a clock a little ahead)", () => {
    expect(waitingDays(new Date("2026-12-09T12:00:00Z"), new Date("2026-12-08T12:00:00Z"), "UTC")).toBe(0);
  });
});

describe("waitingText", () => {
  it("says today, one day and days with a thousands separator", () => {
    expect(waitingText(0, m)).toBe("Since today");
    expect(waitingText(1, m)).toBe("1 day");
    expect(waitingText(1200, m)).toBe("1,200 days");
  });
});
