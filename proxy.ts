import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "./lib/config/env";
import { getMessages } from "./lib/messages";
import { isSameOrigin } from "./lib/security/same-origin";

// Cross-site form posts are refused here with 403, before Next.js's own server-action check
// (which answers a mismatched Origin with a 500). The action checks again where it writes.
export function proxy(request: NextRequest) {
  if (request.method !== "POST") return NextResponse.next();
  const headers = {
    origin: request.headers.get("origin"),
    referer: request.headers.get("referer"),
    host: request.headers.get("host"),
  };
  if (isSameOrigin(headers, getEnv().SITE_URL)) return NextResponse.next();
  return new NextResponse(getMessages().forms.crossOrigin, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

// Only requests with a body (form posts carry a Content-Type): reading a form page costs no
// extra middleware step.
export const config = {
  matcher: [{ source: "/volunteer/:path*", has: [{ type: "header", key: "content-type" }] }],
};
