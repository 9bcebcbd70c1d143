import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getMessages } from "@/lib/messages";
import { answerRefusedPost } from "@/lib/signup/refused-post";

// Form posts whose Origin is not SITE_URL's land here (sent by the front door,
// lib/server/front-door.ts); nothing is stored. A post from a page of this site under another
// host name goes back to the form at SITE_URL with its answers kept; one from another site is
// refused. Which is which is read from Origin alone, never from Host (lib/signup/refused-post.ts).
/** The form's path: the request's own after a rewrite, or the one the rewrite passes on. */
function postedPath(url: URL): string {
  return url.pathname.startsWith("/volunteer/") ? url.pathname : (url.searchParams.get("from") ?? "");
}

export async function POST(request: Request) {
  const env = requireSessionSecret(getEnv());
  const entries = await request.formData().then(
    (data) => [...data.entries()],
    () => [],
  );
  const answer = answerRefusedPost(
    {
      origin: request.headers.get("origin"),
      path: postedPath(new URL(request.url)),
      entries,
    },
    { url: env.SITE_URL, secret: env.SESSION_SECRET },
  );
  const noStore = { "Cache-Control": "no-store" };
  if (answer.kind === "refused") {
    return new Response(getMessages().forms.crossOrigin, {
      status: 403,
      headers: {
        ...noStore,
        "Content-Type": "text/plain; charset=utf-8",
      },
    });
  }
  // A JavaScript submission follows this header to the page (a redirect status would be
  // followed by fetch itself); a plain form post follows the 303.
  if (request.headers.has("next-action")) {
    return new Response(null, {
      status: 200,
      headers: {
        ...noStore,
        "Content-Type": "text/plain",
        "x-action-redirect": `${answer.location};replace`,
      },
    });
  }
  return new Response(null, { status: 303, headers: { ...noStore, Location: answer.location } });
}
