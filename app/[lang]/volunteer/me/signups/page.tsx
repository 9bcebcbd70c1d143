import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import { DeadLink } from "@/components/volunteer/dead-link";
import { OwnSignupList } from "@/components/volunteer/own-signup-list";
import { SignOutForm } from "@/components/volunteer/sign-out-form";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";
import { listOwnSignups } from "@/lib/volunteer-access/own-signups";
import { localeOf } from "../../../locale";
import { signOutAction } from "../actions";
import { currentVolunteerSession } from "../current-session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.title, robots: { index: false } };
}

export default async function OwnSignupsPage({ params }: Props) {
  const locale = await localeOf(params);
  const messages = getMessages(locale);
  const m = messages.volunteerMe;
  const session = await currentVolunteerSession();
  if (!session) {
    return (
      <PageFrame locale={locale} path="/volunteer/me/signups">
        <DeadLink messages={m} requestHref={localePath(locale, "/volunteer/me")} />
      </PageFrame>
    );
  }
  const signups = await listOwnSignups(getDb(), session, messages);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: getEnv().ORG_TIME_ZONE });
  return (
    <PageFrame locale={locale} path="/volunteer/me/signups">
      <div className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
        <p className="mt-3 text-lg">{m.signups.lead}</p>
        <p className="mt-2 text-base text-muted">{m.signups.session}</p>
        <OwnSignupList
          locale={locale}
          messages={m}
          items={signups.map((signup) => ({
            id: signup.id,
            role: signup.role,
            statusWords: signup.statusWords,
            sentOn: day.format(signup.createdAt),
            href: localePath(locale, `/volunteer/me/signups/${signup.id}`),
          }))}
        />
        <div className="mt-8">
          <SignOutForm action={signOutAction} locale={locale} label={m.signups.signOut} />
        </div>
      </div>
    </PageFrame>
  );
}
