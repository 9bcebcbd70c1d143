import { describe, expect, it } from "vitest";
import { localDay } from "../time/zoned";
import { formatDate, formatTime } from "./record-time";

describe("staff times", () => {
  it("are the organization's, with the zone named, so nobody reads them as their own", () => {
    const at = new Date("2026-11-28T18:05:00Z");
    expect(formatTime(at, "America/Denver")).toBe("Nov 28, 2026, 11:05 AM MST");
    expect(formatTime(new Date("2026-07-04T18:05:00Z"), "America/Denver")).toBe("Jul 4, 2026, 12:05 PM MDT");
    expect(formatTime(at, "UTC")).toBe("Nov 28, 2026, 6:05 PM UTC");
    expect(formatDate(at, "America/Denver")).toBe("Nov 28, 2026");
  });

  it("put a late evening on its local day", () => {
    const evening = new Date("2026-11-29T04:30:00Z"); // 9:30 PM on the 28th in Denver
    expect(formatDate(evening, "America/Denver")).toBe("Nov 28, 2026");
    expect(localDay(evening, "America/Denver")).toBe("2026-11-28");
  });
});
