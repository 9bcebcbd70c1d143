import { describe, expect, it } from "vitest";
import { planSlots } from "./hourly-slots";

const now = new Date("2026-12-07T15:40:00Z");
const hour = (h: number) => new Date(Date.UTC(2026, 11, 7, h));

describe("planSlots", () => {
  it("fills this hour's room, then whole later hours, with three quarters of the cap", () => {
    const used = new Map([[hour(15).getTime(), 100]]);
    expect(planSlots(400, 200, now, (h) => used.get(h.getTime()) ?? 0)).toEqual([
      { hourStart: hour(15), count: 50 },
      { hourStart: hour(16), count: 150 },
      { hourStart: hour(17), count: 150 },
      { hourStart: hour(18), count: 50 },
    ]);
  });

  it("skips an hour that is already full, by signups or by earlier sends", () => {
    const used = new Map([
      [hour(15).getTime(), 190],
      [hour(16).getTime(), 150],
    ]);
    expect(planSlots(10, 200, now, (h) => used.get(h.getTime()) ?? 0)).toEqual([
      { hourStart: hour(17), count: 10 },
    ]);
  });

  it("lets one message an hour through a cap of one", () => {
    expect(planSlots(2, 1, now, () => 0)).toEqual([
      { hourStart: hour(15), count: 1 },
      { hourStart: hour(16), count: 1 },
    ]);
  });
});
