// The security headers of every response, as next.config.ts `headers()` rules (pure: the
// config passes SITE_URL), and the admin pages' nonce-based policy that proxy.ts sets per
// request. Decision 011.

type Header = { key: string; value: string };
type HeaderRule = { source: string; headers: Header[] };

/** Browser features this site never uses, turned off for it and anything it might embed. */
const UNUSED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/**
 * What a public page's policy says. No script-src: public pages are prerendered with Next.js's
 * inline scripts, which a static header cannot allow without 'unsafe-inline'. On the form
 * pages form-action also names SITE_URL: a post refused under another host name is
 * redirected there. Elsewhere the policy holds no URL: Next.js compiles a header value with a
 * colon as a path pattern on every request (a tenth of a cached page's CPU, bench:pages).
 */
function publicPolicy(formTarget?: string): string {
  const formAction = formTarget ? `form-action 'self' ${formTarget}` : "form-action 'self'";
  return ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", formAction].join("; ");
}

/** Paths other than the build's fingerprinted files under /_next/static. */
const NOT_ASSET = "(?!_next/static/)";

const PRIVATE: Header[] = [
  { key: "Cache-Control", value: "no-store" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
];

/**
 * One rule a response (each matched rule costs Next.js work on every request): every response
 * gets nosniff (and HSTS over https); a document also gets the frame, referrer and feature
 * headers, and its policy; admin pages get theirs from proxy.ts, with a nonce.
 */
export function securityHeaderRules(siteUrl: string): HeaderRule[] {
  const everywhere: Header[] = [{ key: "X-Content-Type-Options", value: "nosniff" }];
  if (new URL(siteUrl).protocol === "https:") {
    everywhere.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  const documents: Header[] = [
    ...everywhere,
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: UNUSED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
  ];
  const policy = (value: string): Header => ({ key: "Content-Security-Policy", value });
  // The sources do not overlap: each response matches one rule.
  return [
    { source: "/_next/static/:path*", headers: everywhere },
    {
      source: `/:path(${NOT_ASSET}(?!admin(?:/|$)|volunteer/|api/auth/).*)`,
      headers: [...documents, policy(publicPolicy())],
    },
    { source: "/volunteer/:path+", headers: [...documents, policy(publicPolicy(new URL(siteUrl).origin))] },
    { source: "/admin/:path*", headers: [...documents, ...PRIVATE] },
    { source: "/api/auth/:path*", headers: [...everywhere, ...PRIVATE, policy(publicPolicy())] },
  ];
}

/**
 * The admin pages' policy: scripts only with this request's nonce (and what they load,
 * 'strict-dynamic'). Next.js finds the nonce in the request's policy and puts it on its own
 * scripts. Styles stay inline-able: React's style attributes cannot carry a nonce. In
 * development React needs eval for its debugging tools.
 */
export function adminContentSecurityPolicy(
  nonce: string,
  options: { siteUrl: string; isDevelopment: boolean },
): string {
  const scripts = [
    `'nonce-${nonce}'`,
    "'strict-dynamic'",
    ...(options.isDevelopment ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    publicPolicy(),
  ].join("; ");
}

/** What proxy.ts sets for one admin request: the request's policy for Next.js, the response's for the browser. */
export function adminProxyHeaders(
  nonce: string,
  options: { siteUrl: string; isDevelopment: boolean },
): { request: Record<string, string>; response: Record<string, string> } {
  const policy = adminContentSecurityPolicy(nonce, options);
  return {
    request: { "Content-Security-Policy": policy, "X-Nonce": nonce },
    response: {
      "Content-Security-Policy": policy,
      ...Object.fromEntries(PRIVATE.map((header) => [header.key, header.value])),
    },
  };
}

/** 16 random bytes in base64: unguessable, and fresh for every request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
