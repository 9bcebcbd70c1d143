import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageFrame } from "@/app/_site/page-frame";
import { SignupForm } from "@/components/forms/signup-form";
import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/paths";
import { format, getMessages } from "@/lib/messages";
import { createFormToken } from "@/lib/security/form-token";
import { answerValues } from "@/lib/signup/answer-values";
import { initialFormState } from "@/lib/signup/form-state";
import { questionViews } from "@/lib/signup/form-view";
import { signupForm } from "@/lib/signup/forms";
import { findOwnAnswers } from "@/lib/volunteer-access/own-signups";
import { localeOf } from "../../../../../locale";
import { DeadLinkPage } from "../../../dead-link-page";
import { currentVolunteerSession } from "../../../current-session";
import { changeAnswersAction } from "../../../own-actions";

// The volunteer changes their answers in the form they first sent: the same questions, checks
// and limits (one definition), with and without JavaScript. Their address is shown, not changed.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.manage.edit, robots: { index: false } };
}

export default async function ChangeAnswersPage({ params }: Props) {
  const locale = await localeOf(params);
  const { id } = await params;
  const messages = getMessages(locale);
  const m = messages.volunteerMe;
  const path = `/volunteer/me/signups/${id}/edit`;
  const session = await currentVolunteerSession();
  if (!session) return <DeadLinkPage locale={locale} path={path} />;
  const signup = await findOwnAnswers(getDb(), session, id);
  if (!signup || signup.status === "declined") notFound();
  const form = signupForm(signup.role);
  const token = createFormToken(requireSessionSecret(getEnv()).SESSION_SECRET);
  const initialState = { ...initialFormState(token), values: answerValues(form.questions, signup.answers) };
  const back = localePath(locale, `/volunteer/me/signups/${signup.id}`);
  return (
    <PageFrame locale={locale} path={path}>
      <div className="mx-auto max-w-2xl">
        <p>
          <Link href={back} className="font-semibold text-brand underline">
            {m.manage.backWithoutSaving}
          </Link>
        </p>
        <h1 className="mt-4 text-3xl font-bold text-brand">
          {format(m.manage.editTitle, { role: m.roles[signup.role] })}
        </h1>
        <p className="mt-3 text-lg">{m.manage.editLead}</p>
        <p className="mt-2 text-base text-muted">{messages.volunteer.requiredNote}</p>
      </div>
      <SignupForm
        role={signup.role}
        questions={questionViews(form.questions)}
        locale={locale}
        action={changeAnswersAction}
        initialState={initialState}
        messages={messages.forms}
        variant={{
          submitLabel: m.manage.save,
          pendingLabel: m.manage.saving,
          readOnly: ["email"],
          hidden: { signupId: signup.id },
        }}
      />
    </PageFrame>
  );
}
