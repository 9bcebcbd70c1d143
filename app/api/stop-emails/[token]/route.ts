import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/languages";
import { stopEmails } from "@/lib/outreach/stop-emails";

// RFC 8058's one-click unsubscribe: a mail client POSTs here (body "List-Unsubscribe=One-Click")
// without a cookie or a page. Our own page's button posts here too, and is sent back to it.
// A GET does nothing: link scanners open every link in an email.

type Params = { params: Promise<{ token: string }> };

export async function POST(request: Request, { params }: Params): Promise<Response> {
  const { token } = await params;
  const env = requireSessionSecret(getEnv());
  const outcome = await stopEmails(getDb(), env.SESSION_SECRET, token);
  if (outcome === "unknown") return new Response("Not found\n", { status: 404 });
  const form = await request.formData().catch(() => null);
  const page = form?.get("page");
  if (typeof page === "string" && isLocale(page)) {
    const prefix = page === "en" ? "" : `/${page}`;
    return Response.redirect(`${env.SITE_URL}${prefix}/stop-emails/${token}?done=1`, 303);
  }
  return new Response("You will get no more of these emails.\n", {
    status: 200,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
