/**
 * Cross-site form posts are refused: the browser's Origin (or, without it, the Referer) must
 * be SITE_URL's origin exactly: scheme, host and port. `Origin: null` (sandboxed frames, file:
 * pages) never matches.
 */
export function isSameOrigin(
  headers: { origin: string | null; referer: string | null },
  siteUrl: string,
): boolean {
  const source = headers.origin ?? headers.referer;
  if (!source || source === "null") return false;
  try {
    return new URL(source).origin === new URL(siteUrl).origin;
  } catch {
    return false;
  }
}
