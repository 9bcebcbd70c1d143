import { describe, expect, it } from "vitest";
import { formatProBonoWeek, storyWithWeek } from "./pro-bono-week";

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

describe("storyWithWeek", () => {
  const story = ["Before.", "There is a National Pro Bono Week{week} that celebrates them."];

  it("names the settings' week in the story", () => {
    expect(storyWithWeek(story, " — {dates} —", "October 25 – 31, 2026")).toEqual([
      "Before.",
      "There is a National Pro Bono Week — October 25 – 31, 2026 — that celebrates them.",
    ]);
  });

  it("names no dates when the settings have none", () => {
    expect(storyWithWeek(story, " — {dates} —", null)).toEqual([
      "Before.",
      "There is a National Pro Bono Week that celebrates them.",
    ]);
  });
});
