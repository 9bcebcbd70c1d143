import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageFrame } from "@/app/_site/page-frame";
import { DeadLink } from "@/components/volunteer/dead-link";
import { OwnSignupAnswers } from "@/components/volunteer/own-signup-answers";
import { SignOutForm } from "@/components/volunteer/sign-out-form";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/paths";
import { format, getMessages } from "@/lib/messages";
import { findOwnSignup } from "@/lib/volunteer-access/own-signups";
import { localeOf } from "../../../../locale";
import { signOutAction } from "../../actions";
import { currentVolunteerSession } from "../../current-session";

// One of the volunteer's signups. The id in the URL is checked against the session's address:
// another person's id answers the site's "not found", as an id that never existed does.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.title, robots: { index: false } };
}

export default async function OwnSignupPage({ params }: Props) {
  const locale = await localeOf(params);
  const { id } = await params;
  const messages = getMessages(locale);
  const m = messages.volunteerMe;
  const session = await currentVolunteerSession();
  if (!session) {
    return (
      <PageFrame locale={locale} path={`/volunteer/me/signups/${id}`}>
        <DeadLink messages={m} requestHref={localePath(locale, "/volunteer/me")} />
      </PageFrame>
    );
  }
  const signup = await findOwnSignup(getDb(), session, id, messages);
  if (!signup) notFound();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: getEnv().ORG_TIME_ZONE });
  return (
    <PageFrame locale={locale} path={`/volunteer/me/signups/${id}`}>
      <div className="mx-auto max-w-prose">
        <p>
          <Link
            href={localePath(locale, "/volunteer/me/signups")}
            className="font-semibold text-brand underline"
          >
            {m.signups.back}
          </Link>
        </p>
        <h1 className="mt-4 text-3xl font-bold text-brand">{m.roles[signup.role]}</h1>
        <p className="mt-2">{format(m.signups.sentOn, { date: day.format(signup.createdAt) })}</p>
        <p className="mt-1 text-lg font-medium">{format(m.signups.status, { status: signup.statusWords })}</p>
        <OwnSignupAnswers answers={signup.answers} heading={m.signups.answers} />
        <div className="mt-8">
          <SignOutForm action={signOutAction} locale={locale} label={m.signups.signOut} />
        </div>
      </div>
    </PageFrame>
  );
}
