import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageFrame } from "@/app/_site/page-frame";
import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { format, getMessages } from "@/lib/messages";
import { verifyUnsubscribeToken } from "@/lib/security/unsubscribe-token";
import { localeOf } from "../../locale";

// Opened from the footer of a message: a button, because opening a link must change nothing
// (mail scanners open them all). It posts to the one-click address mail clients use.

type Props = {
  params: Promise<{ lang: string; token: string }>;
  searchParams: Promise<{ done?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).stopEmails.title, robots: { index: false } };
}

export default async function StopEmailsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { token } = await params;
  const env = requireSessionSecret(getEnv());
  if (!verifyUnsubscribeToken(token, env.SESSION_SECRET)) notFound();
  const m = getMessages(locale).stopEmails;
  const values = { org: env.ORG_NAME, email: env.ORG_EMAIL };
  const isDone = (await searchParams).done === "1";
  return (
    <PageFrame locale={locale}>
      <div className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">{format(m.title, values)}</h1>
        {isDone ? (
          <p role="status" className="mt-4 rounded-md bg-white p-4 text-lg font-medium shadow-sm">
            {format(m.done, values)}
          </p>
        ) : (
          <form method="post" action={`/api/stop-emails/${token}`} className="mt-4">
            <input type="hidden" name="page" value={locale} />
            <p className="text-lg">{format(m.lead, values)}</p>
            <button
              type="submit"
              className="mt-6 rounded-md bg-brand px-5 py-3 font-semibold text-white hover:bg-brand/90"
            >
              {m.button}
            </button>
          </form>
        )}
      </div>
    </PageFrame>
  );
}
