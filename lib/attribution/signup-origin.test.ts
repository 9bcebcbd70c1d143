import { describe, expect, it } from "vitest";
import { keptOriginFields, originFields, signupOrigin } from "./signup-origin";

const locales = ["en", "es"];

describe("a signup's origin in the form's hidden fields", () => {
  it("writes the page before the form, the channel and the campaign; the form itself is no page before it", () => {
    expect(
      originFields(
        { page: "/voices/paul-cash", source: "whatsapp", campaign: null },
        "/volunteer/interpreter",
      ),
    ).toEqual({ cameFromPage: "/voices/paul-cash", cameFromSource: "whatsapp", cameFromCampaign: "" });
    expect(
      originFields(
        { page: "/volunteer/interpreter", source: "campaign", campaign: "bar-news" },
        "/volunteer/interpreter",
      ),
    ).toEqual({ cameFromPage: "", cameFromSource: "campaign", cameFromCampaign: "bar-news" });
  });

  it("keeps what a kept form carried, and says so only when it carried any", () => {
    expect(keptOriginFields({ firstName: "Ana" })).toBeNull();
    expect(keptOriginFields({ cameFromPage: "/voices", cameFromSource: ["x", "y"] })).toEqual({
      cameFromPage: "/voices",
      cameFromSource: "",
      cameFromCampaign: "",
    });
  });

  it("reads back only what the form page could have written", () => {
    expect(
      signupOrigin(
        { cameFromPage: "/voices/paul-cash", cameFromSource: "whatsapp", cameFromCampaign: "pro-bono-week" },
        locales,
      ),
    ).toEqual({
      came_from_page: "/voices/paul-cash",
      came_from_source: "whatsapp",
      came_from_campaign: "pro-bono-week",
    });
    expect(signupOrigin({ cameFromPage: "/", cameFromSource: "search" }, locales)).toEqual({
      came_from_page: "/",
      came_from_source: "search",
      came_from_campaign: null,
    });
  });

  it("drops anything else without a word: other pages, languages, made-up channels, odd campaigns", () => {
    const none = { came_from_page: null, came_from_source: null, came_from_campaign: null };
    expect(signupOrigin({}, locales)).toEqual(none);
    for (const [page, source, campaign] of [
      ["/admin", "WhatsApp", "Bar News"],
      ["/es/voices", "tiktok", "<script>"],
      ["https://evil.example/voices", "", "x".repeat(61)],
      ["/voices/../admin", "direct ", " campaign"],
      ["voices", "whatsapp\n", ""],
      [
        ["/voices", "/"],
        ["x", "x"],
        ["a", "b"],
      ],
      ["/volunteer/me", 7, null],
      [`/voices/${"a".repeat(200)}`, "other_site2", "-starts-with-dash"],
    ] as const) {
      expect(
        signupOrigin({ cameFromPage: page, cameFromSource: source, cameFromCampaign: campaign }, locales),
        JSON.stringify([page, source, campaign]),
      ).toEqual(none);
    }
  });
});
