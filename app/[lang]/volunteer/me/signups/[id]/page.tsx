import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageFrame } from "@/app/_site/page-frame";
import { DoneNotice } from "@/components/volunteer/done-notice";
import { OwnSignupAnswers } from "@/components/volunteer/own-signup-answers";
import { OwnSignupChanges } from "@/components/volunteer/own-signup-changes";
import { OwnSteps } from "@/components/volunteer/own-steps";
import { listOwnSteps } from "@/lib/onboarding/own-steps";
import { PLEDGE_VERSION } from "@/lib/onboarding/steps";
import { SignOutForm } from "@/components/volunteer/sign-out-form";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/paths";
import { format, getMessages } from "@/lib/messages";
import { addDays, localDay } from "@/lib/time/zoned";
import { findOwnSignup } from "@/lib/volunteer-access/own-signups";
import { doneLines, dayWords } from "@/lib/volunteer-access/own-page-words";
import { PAUSE_MAX_DAYS } from "@/lib/volunteer-access/pause-until";
import { localeOf } from "../../../../locale";
import { signOutAction } from "../../actions";
import { completeStepAction, pauseAction } from "../../own-actions";
import { DeadLinkPage } from "../../dead-link-page";
import { currentVolunteerSession } from "../../current-session";
import { OwnTrainingsSection } from "../../own-trainings-section";

// One of the volunteer's signups, and what they can change. The id in the URL is checked
// against the session's address: another person's id answers the site's "not found", as an
// id that never existed does.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.title, robots: { index: false } };
}

export default async function OwnSignupPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { id } = await params;
  const query = await searchParams;
  const messages = getMessages(locale);
  const m = messages.volunteerMe;
  const session = await currentVolunteerSession();
  if (!session) return <DeadLinkPage locale={locale} path={`/volunteer/me/signups/${id}`} />;
  const signup = await findOwnSignup(getDb(), session, id, messages);
  if (!signup) notFound();
  const env = getEnv();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: env.ORG_TIME_ZONE });
  const today = localDay(new Date(), env.ORG_TIME_ZONE);
  const pauseError = m.manage.pauseErrors[query.pauseError as keyof typeof m.manage.pauseErrors];
  const roleName = m.roles[signup.role];
  const steps = await listOwnSteps(getDb(), session, signup.id, today);
  const [errorStep, errorCode] = String(query.stepError ?? "").split(":");
  const stepError =
    errorStep && errorCode && errorCode in m.steps.errors
      ? { step: errorStep, message: m.steps.errors[errorCode as keyof typeof m.steps.errors] }
      : undefined;
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
        <DoneNotice lines={doneLines(query.done, signup, m, locale)} />
        <h1 className="mt-4 text-3xl font-bold text-brand">{roleName}</h1>
        <p className="mt-2">{format(m.signups.sentOn, { date: day.format(signup.createdAt) })}</p>
        <p className="mt-1 text-lg font-medium">{format(m.signups.status, { status: signup.statusWords })}</p>
        {signup.pausedUntil ? (
          <p className="mt-1">
            {format(m.manage.pausedUntil, { date: dayWords(signup.pausedUntil, locale) })}
          </p>
        ) : null}
        {steps && signup.status !== "declined" ? (
          <OwnSteps
            signupId={signup.id}
            locale={locale}
            steps={steps.steps}
            ready={steps.ready}
            messages={m.steps}
            stepWords={messages.onboarding.steps}
            pledgeVersion={PLEDGE_VERSION}
            dayWords={(value) => dayWords(value, locale)}
            error={stepError}
            action={completeStepAction}
          />
        ) : null}
        {signup.status === "declined" ? (
          <p className="mt-10 rounded-md bg-white p-4 shadow-sm">
            {format(m.manage.closed, { email: env.ORG_EMAIL })}
          </p>
        ) : (
          <OwnSignupChanges
            signupId={signup.id}
            locale={locale}
            roleName={roleName}
            messages={m.manage}
            editHref={localePath(locale, `/volunteer/me/signups/${signup.id}/edit`)}
            withdrawHref={localePath(locale, `/volunteer/me/signups/${signup.id}/withdraw`)}
            pauseAction={pauseAction}
            pauseMin={addDays(today, 1)}
            pauseMax={addDays(today, PAUSE_MAX_DAYS)}
            pauseValue={signup.pausedUntil ?? undefined}
            pauseError={pauseError}
          />
        )}
        <OwnTrainingsSection signup={signup} locale={locale} query={query} />
        {/* After the actions: on a phone, what they came to change is not below every answer. */}
        <OwnSignupAnswers answers={signup.answers} heading={m.signups.answers} />
        <div className="mt-8">
          <SignOutForm action={signOutAction} locale={locale} label={m.signups.signOut} />
        </div>
      </div>
    </PageFrame>
  );
}
