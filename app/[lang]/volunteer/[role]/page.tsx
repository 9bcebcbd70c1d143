import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { SignupForm } from "@/components/forms/signup-form";
import { PageFrame } from "@/app/_site/page-frame";
import { keptOriginFields, originFields } from "@/lib/attribution/signup-origin";
import { formOrigin } from "@/lib/attribution/visit-origin";
import { pageAlternates } from "@/lib/i18n/alternates";
import { LOCALES } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getMessages } from "@/lib/messages";
import { createFormToken } from "@/lib/security/form-token";
import { initialFormState } from "@/lib/signup/form-state";
import { questionViews } from "@/lib/signup/form-view";
import { signupForm } from "@/lib/signup/forms";
import { isRole } from "@/lib/signup/options";
import { keptForm, RESTORE_PARAM } from "@/lib/signup/refused-post";
import { localeOf } from "../../locale";
import { submitSignupAction } from "../signup-action";

// Each visit gets its own form token (when it was served, and its idempotency key), so the
// page is rendered per request and never cached.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string; role: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { role } = await params;
  if (!isRole(role)) return {};
  const locale = await localeOf(params);
  const form = getMessages(locale).volunteer.forms[role];
  return {
    title: form.title,
    description: form.lead,
    alternates: pageAlternates(locale, `/volunteer/${role}`),
  };
}

export default async function SignupPage({ params, searchParams }: Props) {
  const { role } = await params;
  if (!isRole(role)) notFound();
  const locale = await localeOf(params);
  const messages = getMessages(locale).volunteer;
  const env = requireSessionSecret(getEnv());
  const secret = env.SESSION_SECRET;
  const query = await searchParams;
  // A post refused on another host name of the site comes back here with its answers, its form
  // still dated from when the person first opened it.
  const kept = keptForm(query[RESTORE_PARAM], secret);
  const token = createFormToken(secret, kept?.servedAt ?? undefined);
  const initialState = kept
    ? { ...initialFormState(token), status: "forbidden" as const, values: kept.values }
    : initialFormState(token);
  const path = `/volunteer/${role}`;
  // What led here (the page before, the channel and campaign its link named), in the form's
  // own hidden fields: no cookie, no storage (decision 036). Kept answers carry their own.
  const cameFrom =
    (kept && keptOriginFields(kept.values)) ??
    originFields(
      formOrigin(
        {
          url: `${localePath(locale, path)}?${searchQuery(query)}`,
          referer: (await headers()).get("referer"),
        },
        { url: env.SITE_URL, locales: LOCALES },
      ),
      path,
    );
  return (
    <PageFrame locale={locale} path={path}>
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold text-brand">{messages.forms[role].title}</h1>
        <p className="mt-3 text-lg">{messages.forms[role].lead}</p>
        <p className="mt-2 text-base text-muted">{messages.requiredNote}</p>
      </div>
      <SignupForm
        role={role}
        questions={questionViews(signupForm(role).questions)}
        locale={locale}
        action={submitSignupAction}
        initialState={initialState}
        messages={getMessages(locale).forms}
        cameFrom={cameFrom}
      />
    </PageFrame>
  );
}

/** The page's own query, as its URL had it (utm_source, utm_campaign and the rest). */
function searchQuery(query: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, one);
  }
  return params.toString();
}
