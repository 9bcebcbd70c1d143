import type { Messages } from "@/lib/messages/en";

export function SiteHeader({ orgName, messages }: { orgName: string; messages: Messages["site"] }) {
  const links = [
    { href: "/", label: messages.nav.story },
    { href: "/voices", label: messages.nav.voices },
    { href: "/volunteer", label: messages.nav.volunteer },
  ];
  return (
    <header className="border-b border-black/10 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="font-semibold text-ink no-underline">
          <span className="block leading-tight">{orgName}</span>
          <span className="block text-sm font-normal text-muted">{messages.tagline}</span>
        </a>
        <nav aria-label={messages.primaryNav}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
