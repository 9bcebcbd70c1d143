import { describe, expect, it } from "vitest";
import { format, getMessages } from "./index";

describe("format", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Hello {name}, {missing}", { name: "Ana" })).toBe("Hello Ana, {missing}");
  });
});

describe("getMessages", () => {
  it("falls back to English for an unknown locale", () => {
    expect(getMessages("xx")).toBe(getMessages("en"));
  });
});
