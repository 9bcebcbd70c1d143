import { splitLocalePath } from "../i18n/paths";

// Where a visit came from, in the few words the recruitment report counts by (issue 24): the
// public page, the channel the visit began from, and the campaign. Every value is one of a
// bounded set or a short slug, so a stranger's made-up links cannot grow the counts without
// limit, and nothing here identifies a visitor: no address, no agent, no identifier. Pure and
// browser-safe; the front door's counter and the signup form read visits through it.

/** Channels our own links name in utm_source: the share buttons, campaign links, a flyer's QR code. */
export const LINK_SOURCES = [
  "whatsapp",
  "facebook",
  "x",
  "linkedin",
  "bluesky",
  "instagram",
  "email",
  "copy",
  "newsletter",
  "qr",
  "campaign",
] as const;

/** What a visit without utm_source is counted as, from its Referer. */
export const REFERRER_SOURCES = [
  "search",
  "facebook",
  "x",
  "linkedin",
  "whatsapp",
  "other_site",
  "direct",
] as const;

/** Any other utm_source: counted, but as one bucket. */
export const OTHER_SOURCE = "other";

export type Source = (typeof LINK_SOURCES)[number] | (typeof REFERRER_SOURCES)[number] | typeof OTHER_SOURCE;

/** The public pages that are counted (without language), as patterns over the path. */
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/voices$/,
  /^\/voices\/[a-z0-9-]{1,80}$/,
  /^\/volunteer$/,
  /^\/volunteer\/(attorney|medical|interpreter)$/,
  /^\/privacy$/,
];

const FORM = /^\/volunteer\/(attorney|medical|interpreter)$/;

/** A public page's path without its language (`/es/voices/ana` → `/voices/ana`); null for any other path. */
export function publicPage(pathname: string, locales: readonly string[]): string | null {
  const { path } = splitLocalePath(pathname, locales);
  return PUBLIC_PAGES.some((page) => page.test(path)) ? path : null;
}

/** The form's role when the path is a signup form's (`/es/volunteer/medical` → medical). */
export function formRole(pathname: string, locales: readonly string[]): string | null {
  return FORM.exec(splitLocalePath(pathname, locales).path)?.[1] ?? null;
}

/** A utm_source as counted: one of our channels, else "other"; null when there is none. */
export function linkSource(utmSource: string | null | undefined): Source | null {
  const value = utmSource?.trim().toLowerCase();
  if (!value) return null;
  return (LINK_SOURCES as readonly string[]).includes(value) ? (value as Source) : OTHER_SOURCE;
}

/** A campaign name as counted: lower-case letters, digits, `-` and `_`, at most 60; null otherwise. */
export function campaignName(raw: string | null | undefined): string | null {
  const value = raw?.trim().toLowerCase();
  return value && /^[a-z0-9][a-z0-9_-]{0,59}$/.test(value) ? value : null;
}

const SEARCH_HOSTS =
  /(^|\.)(google|bing|duckduckgo|yahoo|ecosia|qwant|startpage|brave|baidu|yandex)\.[a-z.]+$/;
const SITE_HOSTS: [RegExp, Source][] = [
  [/(^|\.)(facebook\.com|fb\.com|messenger\.com)$/, "facebook"],
  [/(^|\.)(x\.com|twitter\.com|t\.co)$/, "x"],
  [/(^|\.)(linkedin\.com|lnkd\.in)$/, "linkedin"],
  [/(^|\.)(whatsapp\.com|wa\.me)$/, "whatsapp"],
];

/** The kind of site a Referer names ("search", "facebook", …); "direct" without one. */
export function referrerSource(referrerHost: string | null): Source {
  if (!referrerHost) return "direct";
  const host = referrerHost.toLowerCase();
  if (SEARCH_HOSTS.test(host)) return "search";
  return SITE_HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? "other_site";
}

export type VisitOrigin = {
  /** The public page the request is for, or that led to it (see `landing`); null outside them. */
  page: string | null;
  /** "" when the visit came from another page of this site (it began earlier). */
  source: Source | "";
  campaign: string | null;
};

function parse(url: string, base: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/**
 * Where a page request's visit came from: its own utm_source and utm_campaign when it has them
 * (a share or campaign link), otherwise from its Referer: another page of this site ("", the
 * visit began earlier), a known kind of site, or none ("direct").
 */
export function visitOrigin(
  request: { url: string; referer: string | null | undefined },
  site: { url: string; locales: readonly string[] },
): VisitOrigin {
  const siteUrl = new URL(site.url);
  const own = parse(request.url, site.url);
  const page = own ? publicPage(own.pathname, site.locales) : null;
  const campaign = campaignName(own?.searchParams.get("utm_campaign"));
  const fromLink = linkSource(own?.searchParams.get("utm_source"));
  if (fromLink) return { page, source: fromLink, campaign };
  const referrer = request.referer ? parse(request.referer, site.url) : null;
  if (referrer && referrer.host === siteUrl.host) return { page, source: "", campaign };
  return { page, source: campaign ? "campaign" : referrerSource(referrer?.hostname ?? null), campaign };
}

/**
 * What led to a signup form, read from the form page's own URL and its Referer: the public
 * page the person came from (the form's own path when opened from elsewhere), and the channel
 * and campaign that page was reached by when its URL carried them. One hop: a visit that went
 * through several pages before the form keeps the page before the form, not the first one.
 */
export function formOrigin(
  request: { url: string; referer: string | null | undefined },
  site: { url: string; locales: readonly string[] },
): VisitOrigin {
  const own = visitOrigin(request, site);
  const referrer = request.referer ? parse(request.referer, site.url) : null;
  if (!referrer || referrer.host !== new URL(site.url).host) return own;
  const before = visitOrigin({ url: referrer.href, referer: null }, site);
  if (!before.page) return own;
  // The page before the form, with what its own URL said (a share link's channel); a bare page
  // of the site keeps whatever the form's URL carried.
  const fromLink = before.source !== "direct" ? before.source : own.source;
  return { page: before.page, source: fromLink, campaign: before.campaign ?? own.campaign };
}
