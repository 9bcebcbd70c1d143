import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const secret = "s".repeat(40);
const id = "0b7c5a0e-4a59-4c43-9d43-2f7d3b9b2d11";

describe("unsubscribe token", () => {
  it("names its signup back", () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken(id, secret), secret)).toBe(id);
  });

  it("refuses another signup's id with this signature, another secret, and junk", () => {
    const token = createUnsubscribeToken(id, secret);
    const other = "1b7c5a0e-4a59-4c43-9d43-2f7d3b9b2d11";
    expect(verifyUnsubscribeToken(`${other}${token.slice(36)}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(token, "t".repeat(40))).toBeNull();
    expect(verifyUnsubscribeToken("", secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${token}x`, secret)).toBeNull();
  });
});
