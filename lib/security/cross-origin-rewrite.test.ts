import { describe, expect, it } from "vitest";
import { canonicalHostRedirect, crossOriginFormPostRewrite } from "./cross-origin-rewrite";

// Next.js matches a `has`/`missing` value as a whole-value regular expression.
const matches = (value: string, header: string) => new RegExp(`^${value}$`).test(header);

describe("crossOriginFormPostRewrite", () => {
  const rule = crossOriginFormPostRewrite("https://volunteer.example.org/some/path");
  const siteOrigin = rule.missing[0]!.value!;

  it("lets only the site's own origin through, exactly", () => {
    expect(matches(siteOrigin, "https://volunteer.example.org")).toBe(true);
    for (const other of [
      "https://evil.example",
      "null",
      "http://volunteer.example.org",
      "https://volunteer.example.org.evil.example",
      "https://volunteerXexample.org",
      "https://volunteer.example.org:8443",
    ])
      expect(matches(siteOrigin, other)).toBe(false);
  });
});

describe("canonicalHostRedirect", () => {
  const rule = canonicalHostRedirect("https://volunteer.example.org");
  const hostPattern = rule.missing!.find((condition) => condition.type === "host")!.value!;
  const source = new RegExp(`^/${rule.source.slice("/:path(".length, -1)}$`);

  it("sends every other host name to SITE_URL's origin", () => {
    expect(matches(hostPattern, "volunteer.example.org")).toBe(true);
    for (const other of ["www.volunteer.example.org", "127.0.0.1", "volunteerXexample.org"])
      expect(matches(hostPattern, other)).toBe(false);
    expect(rule.destination).toBe("https://volunteer.example.org/:path");
  });

  it("leaves form posts, assets and the health check alone", () => {
    expect(rule.missing).toContainEqual({ type: "header", key: "content-type" });
    expect(source.test("/volunteer/attorney")).toBe(true);
    expect(source.test("/")).toBe(true);
    expect(source.test("/api/health")).toBe(false);
    expect(source.test("/_next/static/chunk.js")).toBe(false);
  });
});
