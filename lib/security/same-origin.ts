/**
 * Cross-site form posts are refused: the browser's Origin (or, without it, the Referer) must
 * name this site. `Origin: null` (sandboxed frames, file: pages) never matches.
 */
export function isSameOrigin(
  headers: { origin: string | null; referer: string | null; host: string | null },
  siteUrl: string,
): boolean {
  const allowedHosts = new Set([new URL(siteUrl).host, headers.host].filter(Boolean));
  const source = headers.origin ?? headers.referer;
  if (!source || source === "null") return false;
  try {
    return allowedHosts.has(new URL(source).host);
  } catch {
    return false;
  }
}
