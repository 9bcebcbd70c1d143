import { formOrigin, formRole, publicPage, visitOrigin } from "./visit-origin";
import type { CountKind } from "./visit-counter";

// Which requests the front door counts as a page shown to a person, and as what (decision
// 035). Decided from the request alone (the counter then waits for a 200): a GET of a public
// page, either a full page load or the client router's navigation (`RSC: 1`), not a
// prefetch, a HEAD, the staff area, an API, Next.js's files or a self-declared robot. The
// user agent is only tested here, never kept. Pure.

export type CountableRequest = {
  method: string;
  /** Path and query as on the request line, before the front door's rewrite. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
};

export type CountedVisit = { kind: CountKind; page: string; source: string; campaign: string; role: string };

export type CountingSite = { url: string; locales: readonly string[] };

/**
 * Agents that say they are not a person reading: crawlers, link previews (a chat app fetching
 * a shared link's card), monitors and HTTP libraries. Browsers driven by tests
 * (HeadlessChrome) are counted, as the end-to-end tests read the counts.
 */
export const ROBOT_AGENT = new RegExp(
  [
    // Crawlers name themselves (Googlebot/2.1, bingbot/2.0, DuckDuckBot-Https) or a web page about them.
    "[a-z]bot[/-]",
    "\\bbot\\b",
    "crawl",
    "spider",
    "slurp",
    "scrap",
    "archiv",
    "https?://",
    // Link previews and feed readers.
    "preview",
    "externalhit",
    "externalagent",
    "facebookcatalog",
    "whatsapp/",
    "telegrambot",
    "embedly",
    "feed",
    // Audits and monitors.
    "lighthouse",
    "pagespeed",
    "pingdom",
    "uptime",
    "monitor",
    // HTTP libraries and tools.
    "curl/",
    "wget",
    "python",
    "httpie",
    "go-http",
    "java/",
    "okhttp",
    "axios",
    "node-fetch",
    "undici",
    "^node$",
    "libwww",
    "http-?client",
  ].join("|"),
  "i",
);

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Asked for ahead of being shown (a link in view, a browser's speculation): not a view, perhaps never one. */
export function isPrefetch(headers: CountableRequest["headers"]): boolean {
  if (headers["next-router-prefetch"] !== undefined || headers["next-router-segment-prefetch"] !== undefined)
    return true;
  const purpose = `${first(headers["sec-purpose"]) ?? ""} ${first(headers["purpose"]) ?? ""} ${first(headers["x-purpose"]) ?? ""} ${first(headers["x-moz"]) ?? ""}`;
  return /prefetch|prerender|preview/i.test(purpose);
}

export function isRobot(userAgent: string | undefined): boolean {
  return !userAgent || ROBOT_AGENT.test(userAgent);
}

const pathOf = (url: string) => url.split("?", 1)[0]!;

/** The path (and query, without the router's `_rsc`) a Referer names when it is this site's; null otherwise. */
function ownReferrer(referer: string | undefined, site: CountingSite): string | null {
  if (!referer) return null;
  try {
    const parsed = new URL(referer);
    return parsed.origin === new URL(site.url).origin ? parsed.pathname : null;
  } catch {
    return null;
  }
}

/**
 * What a request counts as: nothing, a view, or a view and a form open (a signup form's page,
 * whose `page` is the public page that led to it). A client navigation's Referer is the page
 * it left; one that names the same page is the router refreshing what is shown, not a view.
 */
export function countedVisits(request: CountableRequest, site: CountingSite): CountedVisit[] {
  if (request.method !== "GET") return [];
  const { headers } = request;
  if (isPrefetch(headers)) return [];
  const path = pathOf(request.url);
  const page = publicPage(path, site.locales);
  if (page === null) return [];
  if (isRobot(first(headers["user-agent"]))) return [];
  const referer = first(headers["referer"]);
  if (headers["rsc"] !== undefined && ownReferrer(referer, site) === path) return [];

  const visit = { url: request.url, referer };
  const origin = visitOrigin(visit, site);
  const counted: CountedVisit[] = [
    { kind: "view", page, source: origin.source, campaign: origin.campaign ?? "", role: "" },
  ];
  const role = formRole(path, site.locales);
  if (role) {
    const led = formOrigin(visit, site);
    counted.push({
      kind: "form_open",
      page: led.page ?? page,
      source: led.source,
      campaign: led.campaign ?? "",
      role,
    });
  }
  return counted;
}
