import { describe, expect, it } from "vitest";
import { crossOriginFormPostRewrite } from "./cross-origin-rewrite";

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
