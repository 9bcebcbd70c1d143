import { PageFrame } from "@/app/_site/page-frame";
import { DeadLink } from "@/components/volunteer/dead-link";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";

/** The page a volunteer's page shows without a session: the one "ask for a new link" answer. */
export function DeadLinkPage({ locale, path }: { locale: string; path: string }) {
  return (
    <PageFrame locale={locale} path={path}>
      <DeadLink
        messages={getMessages(locale).volunteerMe}
        requestHref={localePath(locale, "/volunteer/me")}
      />
    </PageFrame>
  );
}
