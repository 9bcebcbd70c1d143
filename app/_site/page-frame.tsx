import type { ReactNode } from "react";
import { getEnv } from "@/lib/config/env";
import { LANGUAGES } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader, type LanguageLink } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";

/**
 * Header, main and footer around a page's content. `path` is the page's path without its
 * language (`/voices`): the header links to the same page in the other languages. Without a
 * path (the staff area) there is no language link. `header` replaces the public site's (the
 * staff area has its own, without the public links), and the staff area's pages start higher
 * on a phone (`isCompact`), where a list's first row must show on the first screen.
 */
export function PageFrame({
  locale,
  path,
  header,
  isCompact = false,
  children,
}: {
  locale: string;
  path?: string;
  header?: ReactNode;
  isCompact?: boolean;
  children: ReactNode;
}) {
  const env = getEnv();
  const messages = getMessages(locale).site;
  const languageLinks: LanguageLink[] =
    path === undefined
      ? []
      : LANGUAGES.filter((language) => language.code !== locale).map((language) => ({
          lang: language.code,
          name: language.name,
          href: localePath(language.code, path),
        }));
  return (
    <>
      <SkipLink label={messages.skipToContent} />
      {header ?? (
        <SiteHeader
          orgName={env.ORG_NAME}
          messages={messages}
          locale={locale}
          languageLinks={languageLinks}
        />
      )}
      <main
        id="main"
        tabIndex={-1}
        className={`mx-auto max-w-5xl px-4 ${isCompact ? "py-4 md:py-10" : "py-10"} focus:outline-none`}
      >
        {children}
      </main>
      <SiteFooter
        orgName={env.ORG_NAME}
        orgEmail={env.ORG_EMAIL}
        messages={messages.footer}
        privacyPath={localePath(locale, "/privacy")}
      />
    </>
  );
}
