import { describe, expect, it } from "vitest";
import { formatDate, formatTime } from "./record-time";

describe("record times", () => {
  it("name the zone, so nobody reads them as their own", () => {
    const at = new Date("2026-11-28T18:05:00Z");
    expect(formatTime(at)).toBe("Nov 28, 2026, 6:05 PM UTC");
    expect(formatDate(at)).toBe("Nov 28, 2026");
  });
});
