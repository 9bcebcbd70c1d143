import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "./lib/config/env";
import { crossSiteAnswer, OUTSIDE_LINK_HEADER, OUTSIDE_LINK_PATH } from "./lib/security/cross-site";
import { adminProxyHeaders, newNonce } from "./lib/security/security-headers";

// Admin pages only (see `matcher`): a fresh nonce per request for their script policy. Public
// pages never reach this; their headers come from the front door (lib/server/front-door.ts). Decision 011.
// Every request under /admin also passes the cross-site check here (lib/security/cross-site.ts),
// so a page or download that writes an audit entry when read is never run for another site:
// a new one needs nothing more.

export function proxy(request: NextRequest): NextResponse {
  const env = getEnv();
  const headers = adminProxyHeaders(newNonce(), {
    siteUrl: env.SITE_URL,
    isDevelopment: env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  // Only this proxy says which link came from outside.
  requestHeaders.delete(OUTSIDE_LINK_HEADER);
  for (const [key, value] of Object.entries(headers.request)) requestHeaders.set(key, value);
  const crossSite = crossSiteAnswer({
    method: request.method,
    pathname: request.nextUrl.pathname,
    fetchSite: request.headers.get("sec-fetch-site"),
    fetchMode: request.headers.get("sec-fetch-mode"),
  });
  let response: NextResponse;
  if (crossSite.kind === "refuse") {
    response = new NextResponse(null, { status: 403 });
  } else if (crossSite.kind === "confirm") {
    requestHeaders.set(OUTSIDE_LINK_HEADER, request.nextUrl.pathname + request.nextUrl.search);
    // Served in place (the address bar keeps the link). nextUrl, not SITE_URL: a rewrite to
    // another origin than the request's own would be fetched from there.
    const page = request.nextUrl.clone();
    page.pathname = OUTSIDE_LINK_PATH;
    page.search = "";
    response = NextResponse.rewrite(page, { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [key, value] of Object.entries(headers.response)) response.headers.set(key, value);
  return response;
}

export const config = { matcher: ["/admin/:path*"] };
