import { describe, expect, it } from "vitest";
import { countedVisits, createVisitClassifier, isRobot, type CountableRequest } from "./counted-visit";

const SITE = "https://volunteer.example.org";
const site = { url: SITE, locales: ["en", "es"] };
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const get = (url: string, headers: CountableRequest["headers"] = {}, method = "GET"): CountableRequest => ({
  method,
  url,
  headers: { "user-agent": CHROME, ...headers },
});

const classify = createVisitClassifier(site);

/** countedVisits, and the front door's remembering classifier, which must answer the same. */
function counted(request: CountableRequest) {
  const answer = countedVisits(request, site);
  expect(classify(request), "remembered").toEqual(answer);
  expect(classify(request), "remembered, asked again").toEqual(answer);
  return answer;
}

const view = (page: string, source: string, campaign = "") => ({
  kind: "view",
  page,
  source,
  campaign,
  role: "",
});

describe("which requests count as a page shown", () => {
  it("counts a full page load of a public page, with where its visit came from", () => {
    expect(counted(get("/voices/ana?utm_source=whatsapp&utm_medium=share"))).toEqual([
      view("/voices/ana", "whatsapp"),
    ]);
    expect(counted(get("/es/voices"))).toEqual([view("/voices", "direct")]);
    expect(counted(get("/es", { referer: "https://www.google.com/" }))).toEqual([view("/", "search")]);
    expect(counted(get("/privacy", { referer: `${SITE}/` }))).toEqual([view("/privacy", "")]);
    expect(counted(get("/?utm_campaign=Pro-Bono-Week"))).toEqual([view("/", "campaign", "pro-bono-week")]);
  });

  it("counts a signup form's page as a view and a form open led by the page before it", () => {
    const referer = `${SITE}/es/voices/ana?utm_source=whatsapp`;
    expect(counted(get("/es/volunteer/interpreter", { referer }))).toEqual([
      view("/volunteer/interpreter", ""),
      { kind: "form_open", page: "/voices/ana", source: "whatsapp", campaign: "", role: "interpreter" },
    ]);
    // Opened directly: the form is its own page.
    expect(counted(get("/volunteer/medical"))).toEqual([
      view("/volunteer/medical", "direct"),
      { kind: "form_open", page: "/volunteer/medical", source: "direct", campaign: "", role: "medical" },
    ]);
  });

  it("counts the client router's navigation (RSC) from the page it left, within the visit", () => {
    const navigation = get("/volunteer/attorney?_rsc=1x2y3", { rsc: "1", referer: `${SITE}/voices/ana` });
    expect(counted(navigation)).toEqual([
      view("/volunteer/attorney", ""),
      { kind: "form_open", page: "/voices/ana", source: "", campaign: "", role: "attorney" },
    ]);
  });

  it("does not count the router refreshing the page already shown", () => {
    const refresh = get("/voices/ana?_rsc=abc", { rsc: "1", referer: `${SITE}/voices/ana` });
    expect(counted(refresh)).toEqual([]);
  });

  it("does not count HEAD, posts or prefetches, the router's or the browser's", () => {
    for (const request of [
      get("/", {}, "HEAD"),
      get("/volunteer/attorney", { "content-type": "application/x-www-form-urlencoded" }, "POST"),
      get("/voices?_rsc=1", { rsc: "1", "next-router-prefetch": "1", referer: `${SITE}/` }),
      get("/voices?_rsc=1", { rsc: "1", "next-router-segment-prefetch": "/_tree", referer: `${SITE}/` }),
      get("/voices", { purpose: "prefetch" }),
      get("/voices", { "sec-purpose": "prefetch" }),
      get("/voices", { "sec-purpose": "prefetch;prerender" }),
      get("/voices", { "x-moz": "prefetch" }),
    ]) {
      expect(counted(request), JSON.stringify(request)).toEqual([]);
    }
  });

  it("does not count the staff area, APIs, Next.js's files or paths that are not public pages", () => {
    for (const url of [
      "/admin",
      "/admin/recruitment",
      "/api/health",
      "/_next/static/chunks/main.js",
      "/favicon.ico",
      "/volunteer/me",
      "/volunteer/thanks",
      "/voices/ana/opengraph-image",
      "/voices/a/b",
      "/r/newsletter",
    ]) {
      expect(counted(get(url)), url).toEqual([]);
    }
  });

  it("does not count robots: crawlers, link previews, tools, no user agent", () => {
    for (const agent of [
      "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36",
      "DuckDuckBot-Https/1.1; (+https://duckduckgo.com/duckduckbot)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "meta-externalagent/1.1",
      "WhatsApp/2.23.20.0 A",
      "TelegramBot (like TwitterBot)",
      "Twitterbot/1.0",
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
      "GPTBot/1.2",
      "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse",
      "curl/8.5.0",
      "Wget/1.21.4",
      "python-requests/2.32.3",
      "Go-http-client/1.1",
      "axios/1.7.7",
      "node",
      "",
      undefined,
    ]) {
      expect(isRobot(agent), String(agent)).toBe(true);
      expect(counted(get("/", { "user-agent": agent })), String(agent)).toEqual([]);
    }
  });

  it("counts people's browsers, in-app ones and the tests' headless Chromium included", () => {
    for (const agent of [
      CHROME,
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
      "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (Linux; Android 11; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.38.109;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBLC/es_LA]",
      "Mozilla/5.0 (Linux; Android 13; SM-A515F Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Instagram 309.0.0.40.113 Android (33/13; 420dpi; 1080x2177; samsung; SM-A515F; a51; exynos9611; es_US; 541635863)",
      "Mozilla/5.0 (Linux; Android 14; Pixel 7; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36 Telegram-Android/11.2.2 (Google Pixel 7; Android 14; SDK 34; AVERAGE)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
    ]) {
      expect(isRobot(agent), agent).toBe(false);
      expect(counted(get("/", { "user-agent": agent })), agent).toEqual([view("/", "direct")]);
    }
  });

  it("reads another site's Referer by its host alone, remembered or not", () => {
    for (const referer of [
      "https://www.google.com/search?q=asylum+interpreter+volunteer",
      "https://l.facebook.com/l.php?u=https%3A%2F%2Fvolunteer.example.org",
      "https://news.example.net",
      "http://volunteer.example.org/voices/ana",
      "https://VOLUNTEER.example.org/voices/ana?utm_source=qr",
      "https://someone@volunteer.example.org/voices/ana",
      "not a url",
    ]) {
      counted(get("/volunteer/attorney", { referer }));
      counted(get("/voices?_rsc=1", { rsc: "1", referer }));
    }
    expect(counted(get("/volunteer/attorney", { referer: "https://www.google.com/search?q=x" }))[1]).toEqual({
      kind: "form_open",
      page: "/volunteer/attorney",
      source: "search",
      campaign: "",
      role: "attorney",
    });
  });

  it("remembers a bounded number of answers", () => {
    const small = createVisitClassifier(site, { remember: 3 });
    for (const slug of ["a", "b", "c", "d", "e"]) {
      expect(small(get(`/voices/${slug}`))).toEqual([view(`/voices/${slug}`, "direct")]);
      expect(small.remembered()).toBeLessThanOrEqual(3);
    }
    // Nothing is remembered of a request that does not count for who sent it, nor of a long address.
    small(get("/", { "user-agent": "curl/8.5.0" }));
    small(get(`/?utm_campaign=${"x".repeat(400)}`));
    expect(small.remembered()).toBe(2);
  });
});
