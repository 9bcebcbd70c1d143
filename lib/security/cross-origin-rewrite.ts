// Form posts whose Origin is not SITE_URL's are answered before they reach a server action:
// Next.js's own check answers a mismatched Origin with a 500 ("This page couldn't load"). A
// rewrite rather than a proxy (middleware): with a proxy, Next.js does extra work on every
// request, 5-10% of a page's CPU (bench:pages). Decision 009.

/** Where they are sent: app/api/cross-origin-refused/route.ts (lib/signup/refused-post.ts). */
const CROSS_ORIGIN_REFUSED_PATH = "/api/cross-origin-refused";

type Condition =
  { type: "header"; key: string; value?: string } | { type: "host"; key?: undefined; value: string };
type Route = { source: string; destination: string; has?: Condition[]; missing?: Condition[] };

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A request with a body (form posts carry a Content-Type) to a volunteer page whose Origin is
 * not this site's, or is absent or `null` (sandboxed frames, file: pages), is refused. Browsers
 * send Origin with every form POST.
 */
export function crossOriginFormPostRewrite(
  siteUrl: string,
): Route & { has: Condition[]; missing: Condition[] } {
  return {
    source: "/volunteer/:path*",
    destination: `${CROSS_ORIGIN_REFUSED_PATH}?from=/volunteer/:path*`,
    has: [{ type: "header", key: "content-type" }],
    missing: [{ type: "header", key: "origin", value: escapeRegExp(new URL(siteUrl).origin) }],
  };
}

/**
 * A page requested under another host name of the site (`www.` or not, an IP address) is
 * redirected to SITE_URL before any form is served, so forms post from SITE_URL's origin.
 * Requests with a body are left to the rule above; the health check answers on any name, so a
 * load balancer can probe each instance by its own address.
 */
export function canonicalHostRedirect(siteUrl: string): Route & { permanent: false } {
  const site = new URL(siteUrl);
  return {
    source: "/:path((?!api/health$|_next/).*)",
    destination: `${site.origin}/:path`,
    missing: [
      { type: "host", value: escapeRegExp(site.hostname.toLowerCase()) },
      { type: "header", key: "content-type" },
    ],
    permanent: false,
  };
}
