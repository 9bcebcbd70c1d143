import { getMessages } from "@/lib/messages";

// Form posts from another site land here (the rewrite in next.config.ts); nothing is stored.
export function POST() {
  return new Response(getMessages().forms.crossOrigin, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
