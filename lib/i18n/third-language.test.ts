import { describe, expect, it } from "vitest";
import { en, type Messages } from "../messages/en";
import { createFrontDoor } from "../server/front-door";
import { localePath, splitLocalePath } from "./paths";

// Adding a language is a catalog of en.ts's shape and one entry in LANGUAGES
// (lib/i18n/languages.ts). Here a small test-only language, "xx", every string bracketed,
// goes through what routes and names pages in each language.

function bracketed<T>(value: T): T {
  if (typeof value === "string") return `[${value}]` as T;
  if (Array.isArray(value)) return value.map(bracketed) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, bracketed(inner)])) as T;
  }
  return value;
}

const xx: Messages = bracketed(en);
const LOCALES = ["en", "es", "xx"];

describe("a third language", () => {
  it("is a catalog of the same shape (the compiler checks `xx: Messages`)", () => {
    expect(xx.home.title).toBe(`[${en.home.title}]`);
    expect(Object.keys(xx)).toEqual(Object.keys(en));
  });

  it("gets its own URLs beside English's and Spanish's", () => {
    expect(localePath("xx", "/voices")).toBe("/xx/voices");
    expect(localePath("xx", "/")).toBe("/xx");
    expect(splitLocalePath("/xx/volunteer/attorney", LOCALES)).toEqual({
      locale: "xx",
      path: "/volunteer/attorney",
    });
  });

  it("is served by the front door under its code, while English keeps its URLs", () => {
    const door = createFrontDoor({
      siteUrl: "https://volunteer.example.org",
      trustedProxies: 0,
      locales: LOCALES,
    });
    const request = (url: string) => ({
      method: "GET",
      url,
      host: "volunteer.example.org",
      origin: undefined,
      contentType: undefined,
      forwardedFor: undefined,
      socketAddress: "203.0.113.9",
    });
    expect(door(request("/xx/voices"))).toMatchObject({ kind: "pass", url: "/xx/voices", locale: "xx" });
    expect(door(request("/voices"))).toMatchObject({ kind: "pass", url: "/en/voices", locale: "en" });
  });
});
