import { describe, expect, it } from "vitest";
import {
  campaignName,
  formOrigin,
  formRole,
  linkSource,
  publicPage,
  referrerSource,
  visitOrigin,
} from "./visit-origin";

const site = { url: "https://volunteer.example.org", locales: ["en", "es"] };

describe("a visit's origin", () => {
  it("names public pages without their language, and nothing else", () => {
    expect(publicPage("/es/voices/paul-cash", site.locales)).toBe("/voices/paul-cash");
    expect(publicPage("/es", site.locales)).toBe("/");
    expect(publicPage("/volunteer/interpreter", site.locales)).toBe("/volunteer/interpreter");
    for (const path of [
      "/admin",
      "/volunteer/me",
      "/volunteer/thanks",
      "/api/health",
      "/voices/a/b",
      "/_next/x",
    ]) {
      expect(publicPage(path, site.locales), path).toBeNull();
    }
    expect(formRole("/es/volunteer/medical", site.locales)).toBe("medical");
    expect(formRole("/voices", site.locales)).toBeNull();
  });

  it("counts our channels by name and any other utm_source as one bucket", () => {
    expect(linkSource("WhatsApp")).toBe("whatsapp");
    expect(linkSource("my-own-thing")).toBe("other");
    expect(linkSource("")).toBeNull();
    expect(campaignName("Pro-Bono-Week_2026")).toBe("pro-bono-week_2026");
    expect(campaignName("<script>")).toBeNull();
    expect(campaignName("x".repeat(61))).toBeNull();
  });

  it("reads a referring site as its kind, never its address", () => {
    expect(referrerSource("www.google.com")).toBe("search");
    expect(referrerSource("l.facebook.com")).toBe("facebook");
    expect(referrerSource("t.co")).toBe("x");
    expect(referrerSource("blog.example.net")).toBe("other_site");
    expect(referrerSource(null)).toBe("direct");
  });

  it("takes a link's own channel first, then its Referer", () => {
    expect(
      visitOrigin({ url: "/voices/paul-cash?utm_source=whatsapp&utm_medium=share", referer: null }, site),
    ).toEqual({ page: "/voices/paul-cash", source: "whatsapp", campaign: null });
    expect(visitOrigin({ url: "/es/voices", referer: "https://volunteer.example.org/" }, site)).toEqual({
      page: "/voices",
      source: "",
      campaign: null,
    });
    expect(visitOrigin({ url: "/?utm_campaign=cle-2026", referer: "https://www.bing.com/" }, site)).toEqual({
      page: "/",
      source: "campaign",
      campaign: "cle-2026",
    });
    expect(visitOrigin({ url: "/voices", referer: "https://www.bing.com/search?q=x" }, site).source).toBe(
      "search",
    );
  });

  it("gives a form the page that led to it, with the channel that page was reached by", () => {
    expect(
      formOrigin(
        {
          url: "/volunteer/interpreter",
          referer: "https://volunteer.example.org/es/voices/paul-cash?utm_source=whatsapp",
        },
        site,
      ),
    ).toEqual({ page: "/voices/paul-cash", source: "whatsapp", campaign: null });
    expect(
      formOrigin({ url: "/volunteer/medical?utm_source=newsletter&utm_campaign=jan", referer: null }, site),
    ).toEqual({ page: "/volunteer/medical", source: "newsletter", campaign: "jan" });
    expect(
      formOrigin({ url: "/volunteer/medical", referer: "https://volunteer.example.org/voices" }, site),
    ).toEqual({ page: "/voices", source: "", campaign: null });
    expect(formOrigin({ url: "/volunteer/medical", referer: "https://evil.example/voices" }, site)).toEqual({
      page: "/volunteer/medical",
      source: "other_site",
      campaign: null,
    });
  });
});
