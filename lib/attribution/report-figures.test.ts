import { describe, expect, it } from "vitest";
import { rate, rateText, suppressed, suppressedRateText } from "./report-figures";

describe("the report's figures", () => {
  it("gives a rate, or none when dividing by 0", () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 4)).toBe(0);
    expect(rate(3, 0)).toBeNull();
    expect(rateText(null)).toBe("—");
    expect(rateText(0.25)).toBe("25%");
    expect(rateText(1 / 8)).toBe("12.5%");
    expect(rateText(2 / 3)).toBe("66.7%");
    expect(rateText(0)).toBe("0%");
  });

  it("writes any count below 5 as <5 when it leaves the app", () => {
    expect([0, 1, 4, 5, 6, 1234].map(suppressed)).toEqual(["<5", "<5", "<5", 5, 6, 1234]);
  });

  it("leaves out a rate that would give a count below 5 back", () => {
    expect(suppressedRateText(3, 0)).toBe("—");
    expect(suppressedRateText(3, 40)).toBe("");
    expect(suppressedRateText(40, 3)).toBe("");
    expect(suppressedRateText(0, 40)).toBe("");
    expect(suppressedRateText(5, 40)).toBe("12.5%");
  });
});
