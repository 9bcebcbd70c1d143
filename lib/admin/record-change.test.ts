import { describe, expect, it } from "vitest";
import { decideChange } from "./record-change";

describe("decideChange", () => {
  it("applies a change made from the version in the database", () => {
    expect(decideChange({ version: 3, value: "new" }, { version: 3, value: "contacted" })).toBe("apply");
  });

  it("refuses a change made from an older version", () => {
    expect(decideChange({ version: 4, value: "active" }, { version: 3, value: "contacted" })).toBe("stale");
  });

  it("accepts a change already in place, whatever version it was made from (a double click)", () => {
    expect(decideChange({ version: 4, value: "contacted" }, { version: 3, value: "contacted" })).toBe(
      "unchanged",
    );
    expect(decideChange({ version: 4, value: null }, { version: 4, value: null })).toBe("unchanged");
  });
});
