import { describe, expect, it } from "vitest";
import { proposalToken, proposalTokenHash } from "./proposal-token";

const SECRET = "test-secret-for-proposal-links-0123456789";
const ID = "7f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

describe("proposal tokens", () => {
  it("are 43 URL-safe characters, the same for one proposal and different for another", () => {
    const token = proposalToken(ID, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(proposalToken(ID, SECRET)).toBe(token);
    expect(proposalToken("8f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b", SECRET)).not.toBe(token);
    expect(proposalToken(ID, `${SECRET}x`)).not.toBe(token);
  });

  it("hash to 64 hex characters, and refuse what is not a token", () => {
    expect(proposalTokenHash("a".repeat(43))).toBe(
      "66d34fba71f8f450f7e45598853e53bfc23bbd129027cbb131a2f4ffd7878cd0",
    );
    expect(proposalTokenHash("short")).toBeNull();
    expect(proposalTokenHash(`${"a".repeat(42)}/`)).toBeNull();
  });
});
