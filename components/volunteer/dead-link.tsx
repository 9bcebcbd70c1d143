import Link from "next/link";
import type { PublicMessages } from "@/lib/messages/en";

// One page for every link or session that does not work (used, expired, unknown, signed out):
// it says what to do and nothing about why, so it tells a stranger nothing.

export function DeadLink({
  messages,
  requestHref,
}: {
  messages: PublicMessages["volunteerMe"];
  requestHref: string;
}) {
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.dead.title}</h1>
      <p className="mt-4 text-lg">{messages.dead.body}</p>
      <p className="mt-6">
        <Link href={requestHref} className="font-semibold text-brand underline">
          {messages.dead.action}
        </Link>
      </p>
    </div>
  );
}
