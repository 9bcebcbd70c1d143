// The security headers of every response, chosen by path by the launcher's server
// (lib/server/front-door.ts), and the admin pages' nonce-based policy that proxy.ts sets per
// request. Decision 011.

export type Header = readonly [name: string, value: string];

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
 * redirected there.
 */
function publicPolicy(formTarget?: string): string {
  const formAction = formTarget ? `form-action 'self' ${formTarget}` : "form-action 'self'";
  return ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", formAction].join("; ");
}

const PRIVATE: Header[] = [
  ["Cache-Control", "no-store"],
  ["X-Robots-Tag", "noindex, nofollow"],
];

export type SecurityHeaderSets = Record<
  "asset" | "page" | "formPage" | "admin" | "authApi",
  readonly Header[]
>;

/**
 * The header sets, computed once per SITE_URL: every response gets nosniff (and HSTS over
 * https); a document also gets the frame, referrer and feature headers, and its policy; admin
 * pages get theirs from proxy.ts, with a nonce.
 */
export function securityHeaderSets(siteUrl: string): SecurityHeaderSets {
  const everywhere: Header[] = [["X-Content-Type-Options", "nosniff"]];
  if (new URL(siteUrl).protocol === "https:") {
    everywhere.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  }
  const documents: Header[] = [
    ...everywhere,
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", UNUSED_FEATURES.map((feature) => `${feature}=()`).join(", ")],
  ];
  const policy = (value: string): Header => ["Content-Security-Policy", value];
  return {
    asset: everywhere,
    page: [...documents, policy(publicPolicy())],
    formPage: [...documents, policy(publicPolicy(new URL(siteUrl).origin))],
    admin: [...documents, ...PRIVATE],
    authApi: [...everywhere, ...PRIVATE, policy(publicPolicy())],
  };
}

/** Which set a path gets. */
export function securityHeaderSetFor(pathname: string): keyof SecurityHeaderSets {
  if (pathname.startsWith("/_next/static/")) return "asset";
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return "admin";
  if (pathname.startsWith("/api/auth/")) return "authApi";
  if (pathname.startsWith("/volunteer/") && pathname.length > "/volunteer/".length) return "formPage";
  return "page";
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
      ...Object.fromEntries(PRIVATE),
    },
  };
}

/** 16 random bytes in base64: unguessable, and fresh for every request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
