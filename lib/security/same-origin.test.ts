import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const SITE = "https://volunteer.example.org";

describe("isSameOrigin", () => {
  it.each([
    [{ origin: SITE, referer: null, host: "volunteer.example.org" }, true],
    [{ origin: "http://volunteer.example.org", referer: null, host: "volunteer.example.org" }, false],
    [
      { origin: "https://www.volunteer.example.org", referer: null, host: "www.volunteer.example.org" },
      false,
    ],
    [
      { origin: "https://volunteer.example.org:8443", referer: null, host: "volunteer.example.org:8443" },
      false,
    ],
    [{ origin: null, referer: `${SITE}/volunteer/attorney`, host: "x" }, true],
    [{ origin: "https://evil.example", referer: null, host: "volunteer.example.org" }, false],
    [{ origin: "null", referer: `${SITE}/`, host: "volunteer.example.org" }, false],
    [{ origin: null, referer: null, host: "volunteer.example.org" }, false],
    [{ origin: "not a url", referer: null, host: "volunteer.example.org" }, false],
  ])("%j → %s", (headers, expected) => {
    expect(isSameOrigin(headers, SITE)).toBe(expected);
  });
});
