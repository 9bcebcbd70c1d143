import { describe, expect, it } from "vitest";
import { totpCode } from "./totp";

// The tests' TOTP generator against RFC 6238's published SHA-1 vectors (key "12345678901234567890").
describe("the tests' TOTP generator", () => {
  const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  it.each([
    [59_000, "287082"],
    [1_111_111_109_000, "081804"],
    [1_234_567_890_000, "005924"],
    [2_000_000_000_000, "279037"],
  ])("at %i ms gives %s", (now, code) => {
    expect(totpCode(secret, now)).toBe(code);
  });
});
