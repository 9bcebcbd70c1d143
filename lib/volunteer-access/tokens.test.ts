import { describe, expect, it } from "vitest";
import { hashToken, isLinkUsable, linkExpiry, mintToken, sessionExpiry } from "./tokens";

const SECRET = "unit-test-secret-0123456789abcdefghijkl";

describe("volunteer link tokens", () => {
  it("are 32 random bytes in base64url: 43 characters, never the same twice", () => {
    const a = mintToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(mintToken()).not.toBe(a);
  });

  it("are stored as a keyed hash that differs by purpose and by secret", () => {
    const token = "A".repeat(43);
    const link = hashToken(SECRET, "volunteer-link", token);
    expect(link).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).not.toContain(token);
    expect(hashToken(SECRET, "volunteer-link", token)).toBe(link);
    expect(hashToken(SECRET, "volunteer-session", token)).not.toBe(link);
    expect(hashToken(`${SECRET}x`, "volunteer-link", token)).not.toBe(link);
  });

  it("refuse text that is not a token without hashing it", () => {
    expect(hashToken(SECRET, "volunteer-link", "")).toBeNull();
    expect(hashToken(SECRET, "volunteer-link", "A".repeat(42))).toBeNull();
    expect(hashToken(SECRET, "volunteer-link", `${"A".repeat(42)}/`)).toBeNull();
    expect(hashToken(SECRET, "volunteer-link", "A".repeat(44))).toBeNull();
  });
});

describe("a link's and a session's lifetimes", () => {
  const now = new Date("2026-12-07T12:00:00.000Z");

  it("a link lasts 24 hours and a session 30 minutes", () => {
    expect(linkExpiry(now).toISOString()).toBe("2026-12-08T12:00:00.000Z");
    expect(sessionExpiry(now).toISOString()).toBe("2026-12-07T12:30:00.000Z");
  });

  it("a link opens once, before it expires", () => {
    const expiresAt = new Date("2026-12-07T12:00:01.000Z");
    expect(isLinkUsable({ expiresAt, usedAt: null }, now)).toBe(true);
    expect(isLinkUsable({ expiresAt: now, usedAt: null }, now)).toBe(false);
    expect(isLinkUsable({ expiresAt, usedAt: new Date("2026-12-07T11:00:00.000Z") }, now)).toBe(false);
    expect(isLinkUsable(null, now)).toBe(false);
  });
});
