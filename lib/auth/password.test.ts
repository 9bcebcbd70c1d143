import { parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyAgainstDummy, verifyPassword } from "./password";

// 8 code points: Spanish, French, Devanagari, emoji (two outside the BMP); 16 blocks make 128.
const BLOCK = "ñéनमस्😀🔐";
const LONGEST = BLOCK.repeat(16);
const PHC = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;

describe("hashPassword and verifyPassword", () => {
  it("stores argon2id with m=19456 KiB, t=2, p=1 and a fresh salt", async () => {
    const [first, second] = await Promise.all([
      hashPassword("correct horse battery"),
      hashPassword("correct horse battery"),
    ]);
    expect(first).toMatch(PHC);
    expect(second).toMatch(PHC);
    expect(first).not.toBe(second);
    expect(await verifyPassword({ hash: first, password: "correct horse battery" })).toBe(true);
    expect(await verifyPassword({ hash: first, password: "correct horse batterY" })).toBe(false);
    expect(await verifyPassword({ hash: first, password: "" })).toBe(false);
  });

  it("hashes 128 code points whole: a different last character does not verify", async () => {
    const hash = await hashPassword(LONGEST);
    const otherLast = `${[...LONGEST].slice(0, 127).join("")}😁`;
    expect([...otherLast]).toHaveLength(128);
    expect(await verifyPassword({ hash, password: LONGEST })).toBe(true);
    expect(await verifyPassword({ hash, password: otherLast })).toBe(false);
    expect(await verifyPassword({ hash, password: LONGEST.slice(0, -2) })).toBe(false);
  });

  it("verifies an accent typed composed or decomposed alike", async () => {
    const hash = await hashPassword("caf\u00e9 con leche");
    expect(await verifyPassword({ hash, password: "cafe\u0301 con leche" })).toBe(true);
  });

  it("answers false, without throwing, for a malformed hash", async () => {
    for (const hash of [
      "",
      "not a hash",
      "$argon2id$v=19$m=19456,t=2,p=1$",
      "$2b$10$abcdefghijklmnopqrstuv",
    ]) {
      expect(await verifyPassword({ hash, password: "correct horse battery" })).toBe(false);
    }
  });
});

describe("verifyAgainstDummy", () => {
  it("costs what a real verification costs and is always false", async () => {
    expect(DUMMY_HASH).toMatch(PHC);
    expect(parseOptions(DUMMY_HASH)).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(await verifyAgainstDummy("correct horse battery")).toBe(false);
  });
});
