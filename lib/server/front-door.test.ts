import { describe, expect, it } from "vitest";
import { clientAddress, createFrontDoor, hostName, type IncomingRequest } from "./front-door";

const SITE = "https://volunteer.example.org";
const door = createFrontDoor({ siteUrl: SITE, trustedProxies: 0, locales: ["en", "es"] });

function request(overrides: Partial<IncomingRequest>): IncomingRequest {
  return {
    method: "GET",
    url: "/",
    host: "volunteer.example.org",
    origin: undefined,
    contentType: undefined,
    forwardedFor: undefined,
    socketAddress: "203.0.113.9",
    ...overrides,
  };
}

const headerNames = (answer: ReturnType<typeof door>) =>
  answer.kind === "pass" ? answer.headers.map(([name]) => name.toLowerCase()) : [];

describe("the host-name redirect", () => {
  it("sends a page asked for under another name to SITE_URL, path and query kept", () => {
    for (const host of [
      "www.volunteer.example.org",
      "127.0.0.1:3000",
      "[::1]:3000",
      "volunteerXexample.org",
    ]) {
      expect(door(request({ host, url: "/volunteer/attorney?x=1" }))).toEqual({
        kind: "redirect",
        location: `${SITE}/volunteer/attorney?x=1`,
      });
    }
  });

  it("leaves SITE_URL's own name (any case, any port), the health check, assets and posts alone", () => {
    expect(door(request({ host: "Volunteer.Example.org:443" })).kind).toBe("pass");
    expect(door(request({ host: "127.0.0.1", url: "/api/health" })).kind).toBe("pass");
    expect(door(request({ host: "127.0.0.1", url: "/_next/static/chunks/a.js" })).kind).toBe("pass");
    const post = request({ host: "127.0.0.1", method: "POST", contentType: "multipart/form-data" });
    expect(door(post).kind).toBe("pass");
  });

  it("reads a Host header's name without its port", () => {
    expect(hostName("Example.org:8080")).toBe("example.org");
    expect(hostName("[::1]:3000")).toBe("[::1]");
    expect(hostName("example.org")).toBe("example.org");
  });
});

describe("cross-origin form posts", () => {
  const post = (origin: string | undefined, url = "/volunteer/attorney") =>
    door(request({ method: "POST", url, origin, contentType: "application/x-www-form-urlencoded" }));

  it("lets a form post from SITE_URL's exact origin through to its page", () => {
    expect(post(SITE)).toMatchObject({ kind: "pass", url: "/en/volunteer/attorney" });
    expect(post(SITE, "/es/volunteer/attorney")).toMatchObject({
      kind: "pass",
      url: "/es/volunteer/attorney",
    });
  });

  it("sends every other origin, a missing one and `null` to the route that refuses them", () => {
    for (const origin of [
      "https://evil.example",
      "null",
      undefined,
      "http://volunteer.example.org",
      "https://volunteer.example.org.evil.example",
      "https://volunteer.example.org:8443",
    ]) {
      expect(post(origin), String(origin)).toMatchObject({
        kind: "pass",
        url: "/api/cross-origin-refused?from=%2Fvolunteer%2Fattorney",
      });
      expect(post(origin, "/es/volunteer/medical")).toMatchObject({
        url: "/api/cross-origin-refused?from=%2Fes%2Fvolunteer%2Fmedical",
      });
    }
  });

  it("leaves requests without a body and other paths alone", () => {
    expect(door(request({ url: "/volunteer/attorney", origin: "https://evil.example" }))).toMatchObject({
      url: "/en/volunteer/attorney",
    });
    expect(post("https://evil.example", "/api/auth/sign-in/email")).toMatchObject({
      url: "/api/auth/sign-in/email",
    });
  });
});

describe("languages", () => {
  const pass = (url: string) => door(request({ url }));

  it("serves English pages from /en under the URLs they always had, query kept", () => {
    expect(pass("/")).toMatchObject({ kind: "pass", url: "/en", locale: "en" });
    expect(pass("/voices/paul-cash?utm=x")).toMatchObject({
      url: "/en/voices/paul-cash?utm=x",
      locale: "en",
    });
    expect(pass("/no-such-page")).toMatchObject({ url: "/en/no-such-page", locale: "en" });
  });

  it("leaves another language's pages as they are", () => {
    expect(pass("/es")).toMatchObject({ url: "/es", locale: "es" });
    expect(pass("/es/volunteer/interpreter")).toMatchObject({
      url: "/es/volunteer/interpreter",
      locale: "es",
    });
  });

  it("sends an /en URL to the one without the code, and keeps its share images", () => {
    expect(pass("/en")).toEqual({ kind: "redirect", location: "/", permanent: true });
    expect(pass("/en/voices?x=1")).toEqual({ kind: "redirect", location: "/voices?x=1", permanent: true });
    expect(pass("/en/voices/paul-cash/opengraph-image?abc")).toMatchObject({
      url: "/en/voices/paul-cash/opengraph-image?abc",
    });
    expect(pass("/english")).toMatchObject({ url: "/en/english" });
  });

  it("sends the old 'updated' thank-you page to the one thank-you page, in its language", () => {
    expect(pass("/volunteer/thanks/updated")).toEqual({
      kind: "redirect",
      location: "/volunteer/thanks",
      permanent: true,
    });
    expect(pass("/es/volunteer/thanks/updated")).toEqual({
      kind: "redirect",
      location: "/es/volunteer/thanks",
      permanent: true,
    });
  });

  it("drops a trailing slash by a redirect to the page's one address", () => {
    expect(pass("/voices/paul-cash/")).toEqual({
      kind: "redirect",
      location: "/voices/paul-cash",
      permanent: true,
    });
    expect(pass("/es/voices/?x=1")).toEqual({
      kind: "redirect",
      location: "/es/voices?x=1",
      permanent: true,
    });
  });

  it("leaves the staff area, the APIs, campaign links, Next.js's files and /robots.txt alone, with no language", () => {
    for (const url of [
      "/admin",
      "/admin/signups?q=x",
      "/r/bar-news",
      "/r/Bar-News",
      "/api/health",
      "/_next/static/a.js",
      "/robots.txt",
      "/icon.svg",
    ]) {
      const answer = pass(url);
      expect(answer, url).toMatchObject({ kind: "pass", url });
      expect(answer.kind === "pass" && answer.locale, url).toBeFalsy();
    }
  });

  it("gives a Spanish form page the form page's headers", () => {
    const policy = (url: string) => {
      const answer = pass(url);
      return answer.kind === "pass"
        ? answer.headers.find(([name]) => name === "Content-Security-Policy")?.[1]
        : undefined;
    };
    expect(policy("/es/volunteer/attorney")).toBe(policy("/volunteer/attorney"));
    expect(policy("/es/volunteer/attorney")).toContain(SITE);
  });
});

describe("links that name no page", () => {
  const missing = createFrontDoor({
    siteUrl: SITE,
    trustedProxies: 0,
    locales: ["en", "es"],
    missedLinkRules: () => ({
      testimonialSlugs: new Set(["paul-cash"]),
      volunteerPages: new Set(["attorney", "me", "thanks"]),
    }),
  });
  const ask = (url: string, method = "GET") => missing(request({ url, method }));

  it("serves the not-found page in the link's language, in place, as 404", () => {
    expect(ask("/voices/no-such-person")).toMatchObject({
      kind: "pass",
      url: "/en/page-not-found",
      locale: "en",
      status: 404,
    });
    expect(ask("/es/voices/no-such-person?utm=x")).toMatchObject({
      url: "/es/page-not-found?utm=x",
      locale: "es",
      status: 404,
    });
    expect(ask("/volunteer/nobody", "HEAD")).toMatchObject({ url: "/en/page-not-found", status: 404 });
    expect(ask("/es/volunteer/nobody")).toMatchObject({ url: "/es/page-not-found", status: 404 });
    expect(ask("/es/page-not-found")).toMatchObject({ url: "/es/page-not-found", status: 404 });
  });

  it("gives the not-found page the public pages' headers, not a form's", () => {
    const policy = (url: string) => {
      const answer = ask(url);
      return answer.kind === "pass"
        ? answer.headers.find(([name]) => name === "Content-Security-Policy")?.[1]
        : undefined;
    };
    expect(policy("/volunteer/nobody")).toBe(policy("/voices"));
  });

  it("passes real pages, and anything but a read, on as before", () => {
    expect(ask("/voices/paul-cash")).toMatchObject({ url: "/en/voices/paul-cash" });
    expect(ask("/voices/paul-cash")).not.toHaveProperty("status");
    expect(ask("/volunteer/attorney")).not.toHaveProperty("status");
    const post = missing(
      request({ url: "/volunteer/nobody", method: "POST", origin: SITE, contentType: "text/plain" }),
    );
    expect(post).toMatchObject({ url: "/en/volunteer/nobody" });
    expect(post).not.toHaveProperty("status");
  });

  it("tells none without rules", () => {
    expect(door(request({ url: "/voices/no-such-person" }))).not.toHaveProperty("status");
  });
});

describe("security headers", () => {
  it("gives each kind of path its set", () => {
    expect(headerNames(door(request({ url: "/" })))).toContain("content-security-policy");
    expect(headerNames(door(request({ url: "/voices/paul-cash?ref=x" })))).toContain("permissions-policy");
    expect(headerNames(door(request({ url: "/admin/signups" })))).toContain("cache-control");
    expect(headerNames(door(request({ url: "/admin/signups" })))).not.toContain("content-security-policy");
    expect(headerNames(door(request({ url: "/_next/static/chunks/a.js" })))).toEqual([
      "x-content-type-options",
      "strict-transport-security",
    ]);
  });
});

describe("clientAddress", () => {
  it("with no trusted proxy, counts the socket and ignores what the client wrote", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(clientAddress("2001:db8::1", "198.51.100.1", 0)).toBe("2001:db8::1");
  });

  it("with one proxy, takes the entry it appended, the right-most", () => {
    expect(clientAddress("10.0.0.2", "198.51.100.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("with two proxies, takes the second from the right, whatever the client put before it", () => {
    expect(clientAddress("10.0.0.3", "1.1.1.1, 2.2.2.2, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.3", "203.0.113.9,10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("falls back to the socket when the proxies' header is missing or not an address", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "not-an-address", 1)).toBe("10.0.0.2");
  });
});
