import { describe, expect, it } from "vitest";
import { peak, sparklinePath } from "./sparkline";

const BOX = { width: 100, height: 20, pad: 2 };

describe("a row's sparkline", () => {
  it("draws the values left to right, the highest at the top and zero at the bottom", () => {
    expect(sparklinePath([0, 5, 10], BOX)).toBe("M2,18L50,10L98,2");
  });

  it("keeps a line of zeros on the bottom, one value as a flat line, none as nothing", () => {
    expect(sparklinePath([0, 0, 0], BOX)).toBe("M2,18L50,18L98,18");
    expect(sparklinePath([7], BOX)).toBe("M2,2H98");
    expect(sparklinePath([], BOX)).toBe("");
  });

  it("rounds to a tenth so a year of days stays short", () => {
    const path = sparklinePath([1, 2, 3], { width: 10, height: 10, pad: 1 / 3 });
    expect(path).toBe("M0.3,6.6L5,3.4L9.7,0.3");
  });

  it("names the first day of the peak", () => {
    expect(peak([1, 4, 2, 4], "2026-02-27")).toEqual({ value: 4, day: "2026-02-28" });
    expect(peak([0, 0, 0, 9], "2026-02-27")).toEqual({ value: 9, day: "2026-03-02" });
    expect(peak([], "2026-02-27")).toBeNull();
  });
});
