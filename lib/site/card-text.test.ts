import { describe, expect, it } from "vitest";
import { cardDescription, shareTitle } from "./card-text";

describe("cardDescription", () => {
  it("keeps a short quote whole, with its whitespace flattened", () => {
    expect(cardDescription("One.\u00a0 Two.\n\nThree.")).toBe("One. Two. Three.");
  });

  it("cuts a long quote at a word boundary with an ellipsis", () => {
    const text = cardDescription("word ".repeat(100), 30);
    expect(text.length).toBeLessThanOrEqual(30);
    expect(text).toMatch(/word…$/);
  });
});

describe("shareTitle", () => {
  it("names the volunteer and the organization", () => {
    expect(shareTitle("en", "Paul Cash", "NMILC")).toBe("Paul Cash on volunteering with NMILC");
  });
});
