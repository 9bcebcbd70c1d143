import Link from "next/link";
import type { Messages } from "@/lib/messages/en";

export function SiteHeader({ orgName, messages }: { orgName: string; messages: Messages["site"] }) {
  return (
    <header className="border-b border-black/10 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold text-ink no-underline">
          <span className="block leading-tight">{orgName}</span>
          <span className="block text-sm font-normal text-muted">{messages.tagline}</span>
        </Link>
        <nav aria-label={messages.primaryNav}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            <li>
              <Link href="/">{messages.nav.story}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
