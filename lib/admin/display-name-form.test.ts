import { describe, expect, it } from "vitest";
import { DisplayNameSchema } from "./display-name-form";

describe("the display name form", () => {
  it("keeps a name, trimmed", () => {
    expect(DisplayNameSchema.parse({ name: "  Rosa Díaz " })).toEqual({ name: "Rosa Díaz" });
  });

  it("refuses an empty name, a long one and one with a line break or control character", () => {
    for (const name of ["", "   ", "x".repeat(81), "Rosa\nDíaz", "Rosa\u0000", "Rosa\u202eDíaz"]) {
      expect(DisplayNameSchema.safeParse({ name }).success, JSON.stringify(name)).toBe(false);
    }
    expect(DisplayNameSchema.safeParse({ name: "x".repeat(80) }).success).toBe(true);
  });
});
