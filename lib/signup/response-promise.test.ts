import { describe, expect, it } from "vitest";
import { responsePeriod } from "./response-promise";

describe("the promised reply's period in words", () => {
  it.each([
    [7, "one week", "una semana"],
    [14, "two weeks", "dos semanas"],
    [21, "three weeks", "tres semanas"],
    [28, "four weeks", "cuatro semanas"],
    [35, "five weeks", "cinco semanas"],
    [42, "six weeks", "seis semanas"],
    [49, "seven weeks", "siete semanas"],
    [56, "eight weeks", "ocho semanas"],
  ])("says %i days in weeks", (days, english, spanish) => {
    expect(responsePeriod(days, "en")).toBe(english);
    expect(responsePeriod(days, "es")).toBe(spanish);
  });

  it("says one day in words", () => {
    expect(responsePeriod(1, "en")).toBe("one day");
    expect(responsePeriod(1, "es")).toBe("un día");
  });

  it.each([
    [2, "2 days", "2 días"],
    [6, "6 days", "6 días"],
    [10, "10 days", "10 días"],
    [15, "15 days", "15 días"],
    [30, "30 days", "30 días"],
    [63, "63 days", "63 días"],
    [365, "365 days", "365 días"],
  ])("says %i days, not a multiple of seven or past eight weeks, in days", (days, english, spanish) => {
    expect(responsePeriod(days, "en")).toBe(english);
    expect(responsePeriod(days, "es")).toBe(spanish);
  });

  it("falls back to English for a language the site does not have", () => {
    expect(responsePeriod(14, "fr")).toBe("two weeks");
  });
});
