import { describe, expect, it } from "vitest";
import { instantOf, localTime } from "./local-time";

describe("a day and a time in the organization's zone", () => {
  it("is the instant people there mean, in winter and in summer", () => {
    expect(instantOf("2026-12-15", "09:00", "America/Denver").toISOString()).toBe("2026-12-15T16:00:00.000Z");
    expect(instantOf("2026-07-15", "09:00", "America/Denver").toISOString()).toBe("2026-07-15T15:00:00.000Z");
    expect(instantOf("2026-12-15", "23:30", "America/Denver").toISOString()).toBe("2026-12-16T06:30:00.000Z");
    expect(instantOf("2026-12-15", "09:00", "UTC").toISOString()).toBe("2026-12-15T09:00:00.000Z");
  });

  it("takes the offset of its own day when the clocks change that day", () => {
    // Clocks went forward at 2:00 on 8 March 2026 in Denver (MST -7 → MDT -6).
    expect(instantOf("2026-03-08", "01:00", "America/Denver").toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(instantOf("2026-03-08", "09:00", "America/Denver").toISOString()).toBe("2026-03-08T15:00:00.000Z");
  });

  it("reads back as the same clock time", () => {
    expect(localTime(new Date("2026-12-15T16:00:00.000Z"), "America/Denver")).toBe("09:00");
  });
});
