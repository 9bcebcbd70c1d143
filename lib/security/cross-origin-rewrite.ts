// Cross-site form posts are refused with 403 before they reach a server action: Next.js's own
// check answers a mismatched Origin with a 500. A rewrite rather than a proxy (middleware):
// with a proxy, Next.js does extra work on every request, 5-10% of a page's CPU (bench:pages).

/** Where refused posts are sent: app/api/cross-origin-refused/route.ts answers 403. */
const CROSS_ORIGIN_REFUSED_PATH = "/api/cross-origin-refused";

type Rewrite = {
  source: string;
  destination: string;
  has: { type: "header"; key: string; value?: string }[];
  missing: { type: "header"; key: string; value?: string }[];
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A request with a body (form posts carry a Content-Type) to a volunteer page whose Origin is
 * not this site's, or is absent or `null` (sandboxed frames, file: pages), is refused. Browsers
 * send Origin with every form POST.
 */
export function crossOriginFormPostRewrite(siteUrl: string): Rewrite {
  return {
    source: "/volunteer/:path*",
    destination: CROSS_ORIGIN_REFUSED_PATH,
    has: [{ type: "header", key: "content-type" }],
    missing: [{ type: "header", key: "origin", value: escapeRegExp(new URL(siteUrl).origin) }],
  };
}
