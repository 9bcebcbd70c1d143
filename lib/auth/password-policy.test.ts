import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords";
import { checkPassword, PASSWORD_MAX, PASSWORD_MIN, passwordLength } from "./password-policy";

// 8 code points each, some outside the Basic Multilingual Plane: 16 blocks make 128.
const BLOCK = "ñéनमस्😀🔐";
const LONGEST = BLOCK.repeat(16);

describe("checkPassword", () => {
  it("has the documented limits", () => {
    expect(PASSWORD_MIN).toBe(12);
    expect(PASSWORD_MAX).toBe(128);
  });

  it("counts code points, not UTF-16 units or bytes", () => {
    expect(passwordLength(BLOCK)).toBe(8);
    expect(BLOCK.length).toBe(10);
    expect(passwordLength(LONGEST)).toBe(128);
  });

  it("accepts 128 code points and refuses 129", () => {
    expect(checkPassword(LONGEST, isCommonPassword)).toEqual({ ok: true });
    expect(checkPassword(`${LONGEST}x`, isCommonPassword)).toEqual({ ok: false, reason: "tooLong" });
    expect(checkPassword(`${LONGEST}😀`, isCommonPassword)).toEqual({ ok: false, reason: "tooLong" });
  });

  it("refuses 11 code points and accepts 12", () => {
    expect(checkPassword("😀😀😀😀😀😀😀😀😀😀😀", isCommonPassword)).toEqual({
      ok: false,
      reason: "tooShort",
    });
    expect(checkPassword("abcdefghijk", isCommonPassword)).toEqual({ ok: false, reason: "tooShort" });
    expect(checkPassword("😀😀😀😀😀😀😀😀😀😀😀😀", isCommonPassword)).toEqual({ ok: true });
  });

  it("counts a decomposed accent as one character (NFKC), as it is hashed", () => {
    const decomposed = "e\u0301".repeat(11); // 22 code points as typed, 11 once composed
    expect(checkPassword(decomposed, isCommonPassword)).toEqual({ ok: false, reason: "tooShort" });
  });

  it("refuses passwords from the common list, whatever their case", () => {
    for (const password of ["1qaz2wsx3edc", "leavemealone", "LeaveMeAlone", "QWERTY123456", "SuperNatural"]) {
      expect(checkPassword(password, isCommonPassword)).toEqual({ ok: false, reason: "common" });
    }
  });

  it("does not trim before comparing", () => {
    expect(checkPassword(" leavemealone", isCommonPassword)).toEqual({ ok: true });
  });

  it("accepts a passphrase with no digits, capitals or symbols", () => {
    expect(checkPassword("tidal violet ferret", isCommonPassword)).toEqual({ ok: true });
    expect(checkPassword("kq7vz3mpt9xrwb2f", isCommonPassword)).toEqual({ ok: true });
  });

  it("leaves the common check to the caller", () => {
    expect(checkPassword("leavemealone", () => false)).toEqual({ ok: true });
    expect(checkPassword("nothing common here", (p) => p === "nothing common here")).toEqual({
      ok: false,
      reason: "common",
    });
  });
});

describe("isCommonPassword", () => {
  it("knows entries of the list and not others", () => {
    expect(isCommonPassword("123qweasdzxc")).toBe(true);
    expect(isCommonPassword("Justinbieber")).toBe(true);
    expect(isCommonPassword("kq7vz3mpt9xrwb2f")).toBe(false);
  });
});
