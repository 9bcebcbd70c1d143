import { describe, expect, it } from "vitest";
import {
  adminContentSecurityPolicy,
  adminProxyHeaders,
  newNonce,
  securityHeaderSetFor,
  securityHeaderSets,
} from "./security-headers";

/** The headers a path gets, by lower-case name; a name twice fails. */
function headersFor(siteUrl: string, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of securityHeaderSets(siteUrl)[securityHeaderSetFor(pathname)]) {
    expect(headers, `${key} set twice for ${pathname}`).not.toHaveProperty(key.toLowerCase());
    headers[key.toLowerCase()] = value;
  }
  return headers;
}

const PUBLIC_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
const FORM_PAGE_POLICY =
  "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self' https://volunteer.example.org";

describe("securityHeaderSets", () => {
  it("gives every public page the policy, nosniff, the referrer policy and the features turned off", () => {
    for (const path of ["/", "/volunteer/attorney", "/voices/paul-cash", "/administrators", "/robots.txt"]) {
      const headers = headersFor("https://volunteer.example.org", path);
      // Form pages also let a refused post be sent on to SITE_URL; no other value has a URL.
      expect(headers["content-security-policy"]).toBe(
        path.startsWith("/volunteer/") ? FORM_PAGE_POLICY : PUBLIC_POLICY,
      );
      expect(headers["content-security-policy"]).not.toContain("script-src");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) {
        expect(headers["permissions-policy"]).toContain(`${feature}=()`);
      }
      expect(headers["cache-control"]).toBeUndefined();
      expect(headers["x-robots-tag"]).toBeUndefined();
    }
  });

  it("sends HSTS only when SITE_URL is https", () => {
    expect(headersFor("https://volunteer.example.org", "/")["strict-transport-security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(headersFor("http://localhost:3000", "/")).not.toHaveProperty("strict-transport-security");
  });

  it("leaves admin pages' policy to the proxy, and keeps them and /api/auth out of caches and indexes", () => {
    for (const path of ["/admin", "/admin/login", "/admin/signups/42", "/api/auth/sign-in/email"]) {
      const headers = headersFor("https://volunteer.example.org", path);
      expect(headers["cache-control"]).toBe("no-store");
      expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
      expect(headers["x-content-type-options"]).toBe("nosniff");
    }
    expect(headersFor("https://volunteer.example.org", "/admin/login")).not.toHaveProperty(
      "content-security-policy",
    );
    expect(headersFor("https://volunteer.example.org", "/api/auth/session")["content-security-policy"]).toBe(
      PUBLIC_POLICY,
    );
  });
});

describe("the build's scripts and styles", () => {
  it("carry nosniff (and HSTS over https) but none of a document's headers", () => {
    const headers = headersFor("https://volunteer.example.org", "/_next/static/chunks/0cz1d0mv5g_q7.js");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    for (const name of [
      "content-security-policy",
      "permissions-policy",
      "x-frame-options",
      "referrer-policy",
    ]) {
      expect(headers).not.toHaveProperty(name);
    }
  });
});

describe("the admin pages' policy", () => {
  const site = { siteUrl: "https://volunteer.example.org", isDevelopment: false };

  it("allows scripts by this request's nonce only", () => {
    const policy = adminContentSecurityPolicy("abc123==", site);
    const directives = Object.fromEntries(
      policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]),
    );
    expect(directives["script-src"]).toBe("'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(directives).toMatchObject({
      "default-src": "'self'",
      "frame-ancestors": "'none'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "form-action": "'self'",
    });
    expect(adminContentSecurityPolicy("abc123==", { ...site, isDevelopment: true })).toContain(
      "script-src 'nonce-abc123==' 'strict-dynamic' 'unsafe-eval'",
    );
  });

  it("goes on the request (for Next.js's own scripts) and on the response, with no-store and noindex", () => {
    const headers = adminProxyHeaders("n0nce", site);
    expect(headers.request["Content-Security-Policy"]).toContain("script-src 'nonce-n0nce' 'strict-dynamic'");
    expect(headers.response["Content-Security-Policy"]).toBe(headers.request["Content-Security-Policy"]);
    expect(headers.response["Cache-Control"]).toBe("no-store");
    expect(headers.response["X-Robots-Tag"]).toBe("noindex, nofollow");
  });

  it("uses a fresh 128-bit nonce each time", () => {
    const nonces = Array.from({ length: 50 }, newNonce);
    expect(new Set(nonces).size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
