import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/admin/signups/1b2c", "/admin/signups/1b2c"],
    ["/admin", "/admin"],
    ["/admin?view=new", "/admin?view=new"],
    ["https://evil.example/admin", "/admin"],
    ["//evil.example/admin", "/admin"],
    ["/admin//evil.example", "/admin"],
    ["/\\evil.example", "/admin"],
    ["/administrator", "/admin"],
    ["/voices", "/admin"],
    ["/admin/\tx", "/admin"],
    [undefined, "/admin"],
    [["/admin/a", "/admin/b"], "/admin"],
  ])("%j → %s", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });
});
