// What the staff area does with a request another site started. A top-level GET from another
// site carries the staff member's SameSite=Lax cookie, so such a page or download would be
// read, and audited, under their name without their meaning it (issue 18). proxy.ts asks this
// of every request under /admin: any page that writes an audit entry when read, now or added
// later, is covered without doing anything. The browser says where a request came from in
// Sec-Fetch-Site; without that header (old browsers, curl, scripts) a request is let through.

/** Where a link from outside is answered: app/admin/(staff)/outside-link/page.tsx. */
export const OUTSIDE_LINK_PATH = "/admin/outside-link";
/** The path and query the link asked for, set by proxy.ts for that page alone. */
export const OUTSIDE_LINK_HEADER = "x-staff-link-from-outside";

/**
 * Pages a staff member reaches from an email while signed out (an invitation, a password
 * reset): they write nothing when read, and must open from a webmail link as they are.
 */
const SIGN_IN_PAGES = ["/admin/login", "/admin/set-password", "/admin/reset-password"];
/** Downloads: refused from another site, never offered as a link (the page is for pages). */
const DOWNLOADS = ["/admin/signups/export"];

export type CrossSiteAnswer =
  /** As asked. */
  | { kind: "pass" }
  /** A bare 403. */
  | { kind: "refuse" }
  /** The page that says the link came from outside, with a link that opens it from here. */
  | { kind: "confirm" };

export function crossSiteAnswer(request: {
  method: string;
  pathname: string;
  /** Sec-Fetch-Site: `same-origin`, `same-site`, `cross-site`, `none` (typed or bookmarked), or absent. */
  fetchSite: string | null;
  /** Sec-Fetch-Mode: `navigate` for a page the browser opens. */
  fetchMode: string | null;
}): CrossSiteAnswer {
  const site = request.fetchSite?.toLowerCase();
  if (site === undefined || site === "same-origin" || site === "none") return { kind: "pass" };
  const path = request.pathname.replace(/\/+$/, "") || "/";
  if (SIGN_IN_PAGES.includes(path)) return { kind: "pass" };
  const isPageOpened =
    (request.method === "GET" || request.method === "HEAD") && request.fetchMode === "navigate";
  return isPageOpened && !DOWNLOADS.includes(path) ? { kind: "confirm" } : { kind: "refuse" };
}
