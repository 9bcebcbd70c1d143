import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import { LinkRequestForm } from "@/components/volunteer/link-request-form";
import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getMessages } from "@/lib/messages";
import { createFormToken } from "@/lib/security/form-token";
import { LINK_REQUEST_EMAIL_MAX } from "@/lib/volunteer-access/link-request-form";
import { localeOf } from "../../locale";
import { requestLinkAction } from "./actions";

// A form token per visit, so rendered per request; personal pages are kept out of search.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<{ outcome?: string }>;
};

const OUTCOMES = ["sent", "refused", "invalid"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.title, robots: { index: false } };
}

export default async function VolunteerMePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const messages = getMessages(locale);
  const secret = requireSessionSecret(getEnv()).SESSION_SECRET;
  const asked = (await searchParams).outcome;
  const outcome = OUTCOMES.find((o) => o === asked) ?? null;
  return (
    <PageFrame locale={locale} path="/volunteer/me">
      <div className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">{messages.volunteerMe.title}</h1>
        <p className="mt-3 text-lg">{messages.volunteerMe.lead}</p>
        <LinkRequestForm
          action={requestLinkAction}
          formToken={createFormToken(secret)}
          locale={locale}
          emailMax={LINK_REQUEST_EMAIL_MAX}
          messages={messages.volunteerMe}
          outcome={outcome}
          invalidEmailText={messages.forms.errors.email}
        />
      </div>
    </PageFrame>
  );
}
