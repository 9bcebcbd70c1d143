import { describe, expect, it } from "vitest";
import { compareVersions, inLine, lineOf, samePatchLine } from "./version-line";

describe("compareVersions", () => {
  it("orders by number, not by text", () => {
    const sorted = ["16.10.0", "16.4.6", "16.4.10", "16.4.7", "9.0.0"].sort(compareVersions);
    expect(sorted).toEqual(["9.0.0", "16.4.6", "16.4.7", "16.4.10", "16.10.0"]);
  });

  it("puts a prerelease before its release and orders prerelease identifiers", () => {
    expect(compareVersions("8.1.0-2.abc", "8.1.0")).toBeLessThan(0);
    expect(compareVersions("18.4.0-beta.9", "18.4.0-beta.17")).toBeLessThan(0);
    expect(compareVersions("1.0.0-alpha", "1.0.0-alpha.1")).toBeLessThan(0);
    expect(compareVersions("1.7.25", "1.7.25")).toBe(0);
  });
});

describe("inLine", () => {
  it("takes newer releases of the same major, never a new major", () => {
    expect(inLine("16.4.6", "16.4.7")).toBe(true);
    expect(inLine("16.4.6", "16.9.0")).toBe(true);
    expect(inLine("16.4.6", "17.0.0")).toBe(false);
    expect(inLine("16.4.6", "16.4.5")).toBe(false);
  });

  it("keeps 0.x packages on their minor, and 0.0.x on their patch", () => {
    expect(inLine("0.17.3", "0.17.9")).toBe(true);
    expect(inLine("0.17.3", "0.18.0")).toBe(false);
    expect(inLine("0.0.1", "0.0.2")).toBe(false);
    expect(inLine("0.0.1", "0.0.1")).toBe(true);
  });

  it("ignores canaries of later versions but follows a prerelease line that is installed", () => {
    expect(inLine("16.4.6", "16.5.0-canary.3")).toBe(false);
    expect(inLine("18.4.0-beta.9", "18.4.0-beta.17")).toBe(true);
    expect(inLine("18.4.0-beta.9", "18.5.0")).toBe(true);
  });
});

describe("lineOf", () => {
  it("names the line as a caret range sees it", () => {
    expect(lineOf("16.4.6")).toBe("16.x");
    expect(lineOf("0.17.3")).toBe("0.17.x");
    expect(lineOf("0.0.1")).toBe("0.0.1");
  });
});

describe("samePatchLine", () => {
  it("takes patches of the installed minor only", () => {
    expect(samePatchLine("1.7.25", "1.7.26")).toBe(true);
    expect(samePatchLine("1.7.25", "1.8.0")).toBe(false);
    expect(samePatchLine("1.7.25", "1.7.24")).toBe(false);
  });
});
