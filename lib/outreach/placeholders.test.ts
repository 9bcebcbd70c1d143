import { describe, expect, it } from "vitest";
import { fillPlaceholders, placeholderProblems } from "./placeholders";

const values = {
  firstName: "Rosa",
  lastName: "Díaz",
  role: "interpreter",
  orgName: "NMILC",
  orgEmail: "probono@example.org",
  senderName: "Omar",
};

describe("placeholders", () => {
  it("fills every known name and leaves other text alone", () => {
    expect(
      fillPlaceholders("Dear {firstName} {lastName}, thank you ({role}) — {senderName}, {orgName}", values),
    ).toBe("Dear Rosa Díaz, thank you (interpreter) — Omar, NMILC");
  });

  it("names unknown placeholders, once each", () => {
    expect(placeholderProblems("Hi {fristName}, {fristName} and {org}")).toEqual({
      unknown: ["fristName", "org"],
      hasLoneBrace: false,
    });
    expect(placeholderProblems("Hi {}").unknown).toEqual([""]);
  });

  it("finds a brace that closes nothing or opens nothing", () => {
    expect(placeholderProblems("Hi {firstName").hasLoneBrace).toBe(true);
    expect(placeholderProblems("Hi firstName}").hasLoneBrace).toBe(true);
    expect(placeholderProblems("Hi {firstName}, write to {orgEmail}")).toEqual({
      unknown: [],
      hasLoneBrace: false,
    });
  });

  it("does not fill a value's own braces a second time", () => {
    expect(fillPlaceholders("{firstName}", { ...values, firstName: "{lastName}" })).toBe("{lastName}");
  });
});
