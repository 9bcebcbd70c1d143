import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import Link from "next/link";
import { DoneNotice } from "@/components/volunteer/done-notice";
import { StopAllEmails } from "@/components/volunteer/stop-all-emails";
import { OwnSignupList } from "@/components/volunteer/own-signup-list";
import { SignOutForm } from "@/components/volunteer/sign-out-form";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";
import { listOwnSignups } from "@/lib/volunteer-access/own-signups";
import { localeOf } from "../../../locale";
import { signOutAction } from "../actions";
import { stopAllEmailsAction } from "../own-actions";
import { DeadLinkPage } from "../dead-link-page";
import { currentVolunteerSession } from "../current-session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.title, robots: { index: false } };
}

export default async function OwnSignupsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const messages = getMessages(locale);
  const m = messages.volunteerMe;
  const session = await currentVolunteerSession();
  if (!session) return <DeadLinkPage locale={locale} path="/volunteer/me/signups" />;
  const signups = await listOwnSignups(getDb(), session, messages);
  const env = getEnv();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: env.ORG_TIME_ZONE });
  const { done } = await searchParams;
  return (
    <PageFrame locale={locale} path="/volunteer/me/signups">
      <div className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
        <p className="mt-3 text-lg">{m.signups.lead}</p>
        <p className="mt-2 text-base text-muted">{m.signups.session}</p>
        <DoneNotice lines={done === "stopped" ? [m.done.stopped] : []} />
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
        {signups.length > 0 ? (
          <>
            <StopAllEmails
              locale={locale}
              messages={m.emails}
              orgName={env.ORG_NAME}
              orgEmail={env.ORG_EMAIL}
              isStopped={signups.every((signup) => signup.emailsStopped)}
              action={stopAllEmailsAction}
            />
            <section className="mt-6 rounded-md bg-white p-4 shadow-sm" aria-labelledby="delete-heading">
              <h2 id="delete-heading" className="text-xl font-semibold">
                {m.delete.title}
              </h2>
              <p className="mt-2">{m.delete.lead}</p>
              <p className="mt-3">
                <Link
                  href={localePath(locale, "/volunteer/me/delete")}
                  className="font-semibold text-brand underline"
                >
                  {m.delete.link}
                </Link>
              </p>
            </section>
          </>
        ) : null}
        <div className="mt-8">
          <SignOutForm action={signOutAction} locale={locale} label={m.signups.signOut} />
        </div>
      </div>
    </PageFrame>
  );
}
