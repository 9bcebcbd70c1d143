import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import { AnswerChanges } from "@/components/volunteer/answer-changes";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format, getMessages } from "@/lib/messages";
import { readProposal } from "@/lib/signup/signup-proposals";
import { localeOf } from "../../../locale";
import { confirmAnswersAction } from "./actions";

// Opened from the email sent when the form came again with a known address (decision 030).
// Opening it changes nothing (mail scanners open every link): the button does.

type Props = {
  params: Promise<{ lang: string; token: string }>;
  searchParams: Promise<{ done?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).confirmAnswers.title, robots: { index: false } };
}

export default async function ConfirmAnswersPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { token } = await params;
  const messages = getMessages(locale);
  const m = messages.confirmAnswers;
  const view = await readProposal(getDb(), token, messages.forms);
  const isDone = view.state === "used" && (await searchParams).done === "1";
  const outcome = isDone ? m.done : view.state === "pending" ? null : m[view.state];
  return (
    <PageFrame locale={locale} path={`/volunteer/confirm/${token}`}>
      <div className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
        {view.state !== "pending" ? (
          <p role="status" className="mt-4 rounded-md bg-white p-4 text-lg font-medium shadow-sm">
            {format(outcome ?? "", { email: getEnv().ORG_EMAIL })}
          </p>
        ) : (
          <form action={confirmAnswersAction} className="mt-4">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <p className="text-lg">{format(m.lead, { role: messages.emails.roleNames[view.role] })}</p>
            <AnswerChanges changes={view.changes} messages={m} />
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
