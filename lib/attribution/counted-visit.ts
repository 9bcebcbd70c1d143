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

/** GET, not a prefetch, not a robot: a request that may be a page shown to a person. */
function mayBeAPersonReading(request: CountableRequest): boolean {
  return (
    request.method === "GET" && !isPrefetch(request.headers) && !isRobot(first(request.headers["user-agent"]))
  );
}

/**
 * What a page request counts as, from its address, its Referer and whether the client router
 * sent it: nothing, a view, or a view and a form open (a signup form's page, whose `page` is
 * the public page that led to it). A client navigation's Referer is the page it left; one that
 * names the same page is the router refreshing what is shown, not a view.
 */
function visitsOf(
  url: string,
  referer: string | undefined,
  isRouter: boolean,
  site: CountingSite,
): CountedVisit[] {
  const path = pathOf(url);
  const page = publicPage(path, site.locales);
  if (page === null) return [];
  if (isRouter && ownReferrer(referer, site) === path) return [];

  const visit = { url, referer };
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

/** What a request counts as (see visitsOf); nothing for a HEAD, a post, a prefetch or a robot. */
export function countedVisits(request: CountableRequest, site: CountingSite): CountedVisit[] {
  if (!mayBeAPersonReading(request)) return [];
  const { headers } = request;
  return visitsOf(request.url, first(headers["referer"]), headers["rsc"] !== undefined, site);
}

/** Longer addresses are worked out each time rather than remembered. */
const MAX_REMEMBERED_LENGTH = 300;

/**
 * countedVisits, remembering the answers for the addresses and Referers it saw last (at most
 * `remember`, forgotten all at once when full): parsing URLs was most of counting's cost per
 * request (bench:pages), and a shared link brings the same request again and again. Another
 * site's Referer is remembered by its origin alone, all that counts of it.
 */
export function createVisitClassifier(site: CountingSite, options: { remember?: number } = {}) {
  const remember = options.remember ?? 1_000;
  const siteHost = new URL(site.url).host;
  const answers = new Map<string, readonly CountedVisit[]>();
  const NONE: readonly CountedVisit[] = [];

  const classify = (request: CountableRequest): readonly CountedVisit[] => {
    if (!mayBeAPersonReading(request)) return NONE;
    const isRouter = request.headers["rsc"] !== undefined;
    const referer = comparableReferer(first(request.headers["referer"]), siteHost);
    const key = `${isRouter ? "r" : "p"} ${request.url} ${referer ?? ""}`;
    const known = answers.get(key);
    if (known) return known;
    const answer = visitsOf(request.url, referer, isRouter, site);
    if (key.length <= MAX_REMEMBERED_LENGTH) {
      if (answers.size >= remember) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
  /** Answers remembered now (for tests). */
  return Object.assign(classify, { remembered: () => answers.size });
}

/**
 * A Referer as counting reads it: this site's whole, another site's origin (only its host
 * counts). Anything unusual (no scheme, a user name) is kept whole and read as it is.
 */
function comparableReferer(referer: string | undefined, siteHost: string): string | undefined {
  if (!referer) return undefined;
  const hostStart = referer.indexOf("://") + 3;
  if (hostStart < 3) return referer;
  const pathStart = referer.indexOf("/", hostStart);
  const authority = pathStart === -1 ? referer.slice(hostStart) : referer.slice(hostStart, pathStart);
  if (authority.includes("@") || authority.toLowerCase() === siteHost) return referer;
  return pathStart === -1 ? referer : referer.slice(0, pathStart);
}
