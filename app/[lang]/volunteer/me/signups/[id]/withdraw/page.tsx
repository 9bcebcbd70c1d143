import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageFrame } from "@/app/_site/page-frame";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/paths";
import { format, getMessages } from "@/lib/messages";
import { findOwnAnswers } from "@/lib/volunteer-access/own-signups";
import { localeOf } from "../../../../../locale";
import { DeadLinkPage } from "../../../dead-link-page";
import { currentVolunteerSession } from "../../../current-session";
import { withdrawAction } from "../../../own-actions";

// Withdrawing asks once more, on a page of its own, so a stray tap withdraws nothing.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.manage.withdrawTitle, robots: { index: false } };
}

export default async function WithdrawPage({ params }: Props) {
  const locale = await localeOf(params);
  const { id } = await params;
  const m = getMessages(locale).volunteerMe;
  const path = `/volunteer/me/signups/${id}/withdraw`;
  const session = await currentVolunteerSession();
  if (!session) return <DeadLinkPage locale={locale} path={path} />;
  const signup = await findOwnAnswers(getDb(), session, id);
  if (!signup || signup.status === "declined") notFound();
  const role = m.roles[signup.role];
  return (
    <PageFrame locale={locale} path={path}>
      <div className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">{format(m.manage.withdrawConfirmTitle, { role })}</h1>
        <p className="mt-4 text-lg">
          {format(m.manage.withdrawConfirmLead, { role, email: getEnv().ORG_EMAIL })}
        </p>
        <form action={withdrawAction} className="mt-6 flex flex-wrap items-center gap-4">
          <input type="hidden" name="signupId" value={signup.id} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white">
            {m.manage.withdrawButton}
          </button>
          <Link
            href={localePath(locale, `/volunteer/me/signups/${signup.id}`)}
            className="font-semibold text-brand underline"
          >
            {m.manage.keep}
          </Link>
        </form>
      </div>
    </PageFrame>
  );
}
