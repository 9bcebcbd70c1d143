import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "./lib/config/env";
import { adminProxyHeaders, newNonce } from "./lib/security/security-headers";

// Admin pages only (see `matcher`): a fresh nonce per request for their script policy. Public
// pages never reach this; their headers come from next.config.ts. Decision 011.

export function proxy(request: NextRequest): NextResponse {
  const env = getEnv();
  const headers = adminProxyHeaders(newNonce(), {
    siteUrl: env.SITE_URL,
    isDevelopment: env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  for (const [key, value] of Object.entries(headers.request)) requestHeaders.set(key, value);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [key, value] of Object.entries(headers.response)) response.headers.set(key, value);
  return response;
}

export const config = { matcher: ["/admin/:path*"] };
