import { describe, expect, it } from "vitest";
import { createFormToken, verifyFormToken } from "./form-token";

const SECRET = "s".repeat(32);

describe("form tokens", () => {
  it("round-trips the issue time and a fresh key", () => {
    const token = createFormToken(SECRET, 1_700_000_000_000);
    const verified = verifyFormToken(token, SECRET, 1_700_000_005_000);
    expect(verified?.issuedAt).toBe(1_700_000_000_000);
    expect(verified?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(createFormToken(SECRET)).not.toBe(createFormToken(SECRET));
  });

  it("refuses forged, other-secret, future, expired and malformed tokens", () => {
    const token = createFormToken(SECRET, 1_700_000_000_000);
    expect(
      verifyFormToken(token.replace(/.$/, token.endsWith("A") ? "B" : "A"), SECRET, 1_700_000_001_000),
    ).toBeNull();
    expect(verifyFormToken(token, "t".repeat(32), 1_700_000_001_000)).toBeNull();
    expect(verifyFormToken(token, SECRET, 1_699_999_999_000)).toBeNull();
    expect(verifyFormToken(token, SECRET, 1_700_000_000_000 + 25 * 3600_000)).toBeNull();
    expect(verifyFormToken("nonsense", SECRET)).toBeNull();
    expect(verifyFormToken(undefined, SECRET)).toBeNull();
  });
});
