import { describe, expect, it } from "vitest";
import { daysBetween, isReportDay, parseReportPeriod, periodQuery } from "./report-period";

const TODAY = "2026-12-07";
const parse = (query: string) => parseReportPeriod(new URLSearchParams(query), TODAY);

describe("the recruitment report's period", () => {
  it("is the last 30 days, today included, when nothing is asked", () => {
    expect(parse("")).toEqual({
      ok: true,
      period: { preset: "30", from: "2026-11-08", to: "2026-12-07", days: 30 },
      input: { period: "30", from: "2026-11-08", to: "2026-12-07" },
    });
  });

  it("is the last 90 days", () => {
    expect(parse("period=90")).toMatchObject({
      ok: true,
      period: { preset: "90", from: "2026-09-09", to: "2026-12-07", days: 90 },
    });
  });

  it("reads a made-up preset as the default, and ignores days given with a preset", () => {
    expect(parse("period=7")).toMatchObject({ ok: true, period: { preset: "30", days: 30 } });
    expect(parse("period=90&from=nonsense")).toMatchObject({ ok: true, period: { preset: "90" } });
  });

  it("takes a chosen range of days, both counted; days alone mean a range", () => {
    expect(parse("period=range&from=2026-03-01&to=2026-03-31")).toMatchObject({
      ok: true,
      period: { preset: "range", from: "2026-03-01", to: "2026-03-31", days: 31 },
    });
    expect(parse("from=2026-12-07&to=2026-12-07")).toMatchObject({
      ok: true,
      period: { preset: "range", from: "2026-12-07", to: "2026-12-07", days: 1 },
    });
  });

  it("names each field's problem and keeps what was typed", () => {
    expect(parse("period=range&from=&to=")).toEqual({
      ok: false,
      errors: { from: "required", to: "required" },
      input: { period: "range", from: "", to: "" },
    });
    expect(parse("period=range&from=2026-02-30&to=March")).toMatchObject({
      ok: false,
      errors: { from: "day", to: "day" },
      input: { from: "2026-02-30", to: "March" },
    });
    expect(parse("period=range&from=2026-12-01&to=2026-12-08")).toMatchObject({
      ok: false,
      errors: { to: "future" },
    });
    expect(parse("period=range&from=2026-03-10&to=2026-03-09")).toMatchObject({
      ok: false,
      errors: { to: "order" },
    });
  });

  it("spans at most 366 days", () => {
    expect(parse("period=range&from=2025-12-07&to=2026-12-07")).toMatchObject({
      ok: true,
      period: { days: 366 },
    });
    expect(parse("period=range&from=2025-12-06&to=2026-12-07")).toMatchObject({
      ok: false,
      errors: { to: "tooLong" },
    });
  });

  it("knows real days and counts them", () => {
    expect(isReportDay("2028-02-29")).toBe(true);
    expect(isReportDay("2026-02-29")).toBe(false);
    expect(isReportDay("1999-12-31")).toBe(false);
    expect(isReportDay("2026-1-01")).toBe(false);
    // Across the spring clock change: still whole days.
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(31);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(2);
  });

  it("writes its query string for the CSV link", () => {
    expect(periodQuery({ preset: "90", from: "2026-09-09", to: "2026-12-07" })).toBe("?period=90");
    expect(periodQuery({ preset: "range", from: "2026-03-01", to: "2026-03-31" })).toBe(
      "?period=range&from=2026-03-01&to=2026-03-31",
    );
  });
});
