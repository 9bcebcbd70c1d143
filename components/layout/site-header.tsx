import { localePath } from "@/lib/i18n/paths";
import type { Messages } from "@/lib/messages/en";

/** The same page in another language: its own name, its code and where it is. */
export type LanguageLink = { lang: string; name: string; href: string };

export function SiteHeader({
  orgName,
  messages,
  locale,
  languageLinks,
}: {
  orgName: string;
  messages: Messages["site"];
  locale: string;
  languageLinks: LanguageLink[];
}) {
  const links = [
    { href: localePath(locale, "/"), label: messages.nav.story },
    { href: localePath(locale, "/voices"), label: messages.nav.voices },
    { href: localePath(locale, "/volunteer"), label: messages.nav.volunteer },
  ];
  return (
    <header className="border-b border-black/10 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={localePath(locale, "/")} className="font-semibold text-ink no-underline">
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
            {languageLinks.map((link) => (
              <li key={link.lang}>
                <a href={link.href} hrefLang={link.lang} lang={link.lang}>
                  {link.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
