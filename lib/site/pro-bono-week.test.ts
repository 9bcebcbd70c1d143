import { describe, expect, it } from "vitest";
import { formatProBonoWeek } from "./pro-bono-week";

// Intl puts thin spaces around the dash; compare with plain spaces.
const plain = (text: string | null) => text?.replace(/\s/g, " ");

describe("formatProBonoWeek", () => {
  it("formats a week within one month", () => {
    expect(plain(formatProBonoWeek("2026-10-25", "2026-10-31"))).toBe("October 25 – 31, 2026");
  });

  it("formats a week across two months", () => {
    expect(plain(formatProBonoWeek("2026-10-30", "2026-11-05"))).toBe("October 30 – November 5, 2026");
  });

  it("is null unless both dates are set", () => {
    expect(formatProBonoWeek(undefined, "2026-10-31")).toBeNull();
  });
});
