import { isIP } from "node:net";
import { localePath, splitLocalePath } from "../i18n/paths";
import { isMissedLink, NOT_FOUND_PAGE_PATH, type MissedLinkRules } from "./missed-links";
import { securityHeaderSetFor, securityHeaderSets, type Header } from "../security/security-headers";

// What the launcher's HTTP server (scripts/serve.ts) decides for each request before Next.js
// sees it: a redirect to SITE_URL's host name, a cross-origin form post sent to the route
// that refuses it, the security headers of the response, and the client's address.
// Done here rather than in next.config.ts's headers()/redirects()/rewrites(), which Next.js
// matches rule by rule on every request (bench:pages), and because only this server knows
// the socket's address (decision 015).

/** Where refused form posts go: app/api/cross-origin-refused/route.ts (lib/signup/refused-post.ts). */
export const CROSS_ORIGIN_REFUSED_PATH = "/api/cross-origin-refused";

export type FrontDoorSettings = {
  siteUrl: string;
  trustedProxies: number;
  /** The site's languages, the default first (lib/i18n/languages.ts). */
  locales: readonly string[];
  /** What tells a link that names no page (lib/server/missed-links.ts); without it, none is told. */
  missedLinkRules?: () => MissedLinkRules;
};

export type IncomingRequest = {
  method: string;
  /** Path and query, as on the request line. */
  url: string;
  host: string | undefined;
  origin: string | undefined;
  contentType: string | undefined;
  forwardedFor: string | undefined;
  socketAddress: string | undefined;
};

export type FrontDoorAnswer =
  | { kind: "redirect"; location: string; permanent?: boolean }
  | {
      kind: "pass";
      url: string;
      headers: readonly Header[];
      clientAddress: string;
      /** The public page's language; undefined outside the public pages. */
      locale: string | undefined;
      /**
       * The status the response must have instead of Next.js's 200: a link that names no page is
       * served the not-found page (a page Next.js answers with 200) and this says 404.
       */
      status?: 404;
    };

/** A Host header's name, lower-case, without its port (`[::1]:3000` → `[::1]`). */
export function hostName(host: string): string {
  const lower = host.toLowerCase();
  if (lower.startsWith("[")) return lower.slice(0, lower.indexOf("]") + 1);
  const colon = lower.indexOf(":");
  return colon === -1 ? lower : lower.slice(0, colon);
}

/** An IPv4 address as itself, not as an IPv4-mapped IPv6 one (`::ffff:10.0.0.1`). */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/**
 * The address a request came from. With no trusted proxy, the socket's: whatever the client
 * wrote into X-Forwarded-For counts for nothing. With `trustedProxies` proxies in front, each
 * appending the address it was reached from, the client is that many entries from the right;
 * entries further left were written by the client and are ignored.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: number,
): string {
  const socket = socketAddress ? plainAddress(socketAddress) : "unknown";
  if (trustedProxies === 0) return socket;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped one; the left-most was still written by one of ours.
  const entry = hops[Math.max(0, hops.length - trustedProxies)];
  return entry && isIP(plainAddress(entry)) ? plainAddress(entry) : socket;
}

/**
 * Paths Next.js serves as they are: its files, the APIs, the staff area, campaign links (`/r/<code>`,
 * which lead on to a page in its language), `/robots.txt` and the like.
 */
function isOutsideLanguages(pathname: string): boolean {
  return (
    pathname.startsWith("/_next/") ||
    pathname.startsWith("/api/") ||
    pathname === "/admin" ||
    pathname.startsWith("/admin/") ||
    pathname.startsWith("/r/") ||
    (pathname.indexOf("/", 1) === -1 && pathname.includes("."))
  );
}

/** Pages that went, and where their old addresses go now (in the same language). */
const MOVED: Record<string, string> = {
  // A known address no longer updates a signup; every signup ends on one page (decision 030).
  "/volunteer/thanks/updated": "/volunteer/thanks",
};

/**
 * The public pages live in app/[lang]: English URLs stay as they were and are served from
 * `/en/...`; another language's URLs already carry their code. An `/en/...` URL is not a page
 * of its own: it goes to the one without the code (its generated share images excepted, whose
 * URLs Next.js writes with the code).
 */
function localeRoute(pathname: string, query: string, locales: readonly string[]) {
  const defaultLocale = locales[0]!;
  if (isOutsideLanguages(pathname)) return { kind: "as-is" as const, path: pathname, locale: undefined };
  // One address a page: Next.js would redirect a trailing slash itself, but to the path it was
  // given, which for English is the /en one.
  if (pathname.length > 1 && pathname.endsWith("/")) {
    return { kind: "redirect" as const, location: `${pathname.replace(/\/+$/, "") || "/"}${query}` };
  }
  const prefix = `/${defaultLocale}`;
  if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
    if (pathname.includes("/opengraph-image")) {
      return { kind: "as-is" as const, path: pathname.slice(prefix.length), locale: defaultLocale };
    }
    return { kind: "redirect" as const, location: `${pathname.slice(prefix.length) || "/"}${query}` };
  }
  const { locale, path } = splitLocalePath(pathname, locales, defaultLocale);
  const moved = MOVED[path];
  if (moved)
    return { kind: "redirect" as const, location: `${localePath(locale, moved, defaultLocale)}${query}` };
  if (locale !== defaultLocale) return { kind: "as-is" as const, path, locale };
  return {
    kind: "rewrite" as const,
    url: `${prefix}${pathname === "/" ? "" : pathname}${query}`,
    path,
    locale,
  };
}

export function createFrontDoor(settings: FrontDoorSettings): (request: IncomingRequest) => FrontDoorAnswer {
  const site = new URL(settings.siteUrl);
  const siteHost = site.hostname.toLowerCase();
  const headerSets = securityHeaderSets(settings.siteUrl);
  return (request) => {
    const pathname = request.url.split("?", 1)[0]!;
    const query = request.url.slice(pathname.length);
    const hasBody = request.contentType !== undefined;
    // A page asked for under another host name (`www.` or not, an IP address) goes to
    // SITE_URL first, so its forms post from SITE_URL's origin. Posts are left to the check
    // below; the health check answers on any name, so a load balancer can probe each instance.
    if (
      !hasBody &&
      request.host !== undefined &&
      hostName(request.host) !== siteHost &&
      pathname !== "/api/health" &&
      !pathname.startsWith("/_next/")
    ) {
      return { kind: "redirect", location: `${site.origin}${request.url}` };
    }
    const route = localeRoute(pathname, query, settings.locales);
    if (route.kind === "redirect") return { kind: "redirect", location: route.location, permanent: true };
    // A form post whose Origin is not exactly SITE_URL's (or absent, or `null`) never reaches
    // the server action: Next.js's own check would answer with a 500 page (decision 009).
    const isRefusedPost = hasBody && route.path.startsWith("/volunteer/") && request.origin !== site.origin;
    // A link that names no page is served the not-found page in its language, in place (the
    // address bar keeps the link), rendered on the server: not Next.js's notFound() (decision 037).
    const isMissed =
      (request.method === "GET" || request.method === "HEAD") &&
      route.locale !== undefined &&
      settings.missedLinkRules !== undefined &&
      isMissedLink(route.path, settings.missedLinkRules());
    const url = isMissed
      ? `/${route.locale}${NOT_FOUND_PAGE_PATH}${query}`
      : route.kind === "rewrite"
        ? route.url
        : request.url;
    return {
      kind: "pass",
      url: isRefusedPost ? `${CROSS_ORIGIN_REFUSED_PATH}?from=${encodeURIComponent(pathname)}` : url,
      headers: headerSets[securityHeaderSetFor(isMissed ? NOT_FOUND_PAGE_PATH : route.path)],
      clientAddress: clientAddress(request.socketAddress, request.forwardedFor, settings.trustedProxies),
      locale: route.locale,
      ...(isMissed ? { status: 404 as const } : {}),
    };
  };
}
