import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import { DeadLink } from "@/components/volunteer/dead-link";
import { OpenLinkForm } from "@/components/volunteer/open-link-form";
import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";
import { isLinkOpenable } from "@/lib/volunteer-access/open-link";
import { localeOf } from "../../../../locale";
import { openLinkAction } from "../../actions";

// The emailed link. Showing it reads the link and changes nothing; the button's POST opens it.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  // The token never leaves the site in a Referer. "same-origin", not "no-referrer": under
  // no-referrer the browser sends the button's POST with `Origin: null`, which the front door
  // refuses as a form from another site.
  return {
    title: getMessages(locale).volunteerMe.open.title,
    robots: { index: false },
    referrer: "same-origin",
  };
}

export default async function OpenLinkPage({ params }: Props) {
  const locale = await localeOf(params);
  const { token } = await params;
  const messages = getMessages(locale).volunteerMe;
  const secret = requireSessionSecret(getEnv()).SESSION_SECRET;
  const isOpenable = await isLinkOpenable(getDb(), secret, token);
  return (
    <PageFrame locale={locale} path={`/volunteer/me/open/${token}`}>
      {isOpenable ? (
        <OpenLinkForm action={openLinkAction} token={token} locale={locale} messages={messages.open} />
      ) : (
        <DeadLink messages={messages} requestHref={localePath(locale, "/volunteer/me")} />
      )}
    </PageFrame>
  );
}
