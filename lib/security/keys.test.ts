import { createHmac, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createFormToken, verifyFormToken } from "./form-token";
import { deriveKey, deriveSecret, type KeyPurpose } from "./keys";

const SECRET = "s".repeat(32);
const PURPOSES: KeyPurpose[] = ["form-token", "rate-limit", "sessions", "sealed-form-values"];

describe("deriveKey", () => {
  it("gives each purpose its own 32-byte key", () => {
    const keys = PURPOSES.map((purpose) => deriveKey(SECRET, purpose).toString("hex"));
    expect(new Set(keys).size).toBe(PURPOSES.length);
    for (const purpose of PURPOSES) expect(deriveKey(SECRET, purpose)).toHaveLength(32);
    expect(keys).not.toContain(Buffer.from(SECRET).toString("hex").slice(0, 64));
  });

  it("gives the same key for the same secret and purpose, another for another secret", () => {
    expect(deriveKey(SECRET, "sessions").equals(deriveKey("s".repeat(32), "sessions"))).toBe(true);
    expect(deriveKey(SECRET, "sessions").equals(deriveKey("t".repeat(32), "sessions"))).toBe(false);
  });

  it("is HKDF-SHA256 with our salt and the purpose as info (expected values from `openssl kdf`)", () => {
    // Pinned: a change of derivation signs everyone out and voids every form token in use.
    expect(deriveSecret(SECRET, "sessions")).toBe(
      "478ac53cc252eea78dd1a8a0988d2bf94024b3dbcb2f7b43f63e2d81776f9bba",
    );
    expect(deriveSecret(SECRET, "form-token")).toBe(
      "a7ee73a20027fb942a9aed0f0b4863af20e84403a0f56d9252a621ae6bc08374",
    );
  });

  it("hands out copies: changing a returned key does not change the next one", () => {
    deriveKey(SECRET, "rate-limit").fill(0);
    expect(deriveKey(SECRET, "rate-limit").equals(Buffer.alloc(32))).toBe(false);
  });
});

describe("keys by purpose", () => {
  const tokenSignedWith = (key: Buffer) => {
    const payload = `${Date.now()}.${randomUUID()}`;
    const signature = createHmac("sha256", key).update(`form-token:${payload}`).digest("base64url");
    return `${payload}.${signature}`;
  };

  it("a form token signed with the rate-limit key does not verify; with the form-token key it does", () => {
    expect(verifyFormToken(tokenSignedWith(deriveKey(SECRET, "rate-limit")), SECRET)).toBeNull();
    expect(verifyFormToken(tokenSignedWith(deriveKey(SECRET, "form-token")), SECRET)).not.toBeNull();
  });

  it("a form token is not signed with the raw secret", () => {
    expect(verifyFormToken(tokenSignedWith(Buffer.from(SECRET)), SECRET)).toBeNull();
    expect(verifyFormToken(createFormToken(SECRET), SECRET)).not.toBeNull();
  });
});
