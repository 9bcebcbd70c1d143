"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getDb } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { VOLUNTEER_COOKIE, volunteerCookieOptions } from "@/lib/volunteer-access/cookie";
import { handleLinkRequest } from "@/lib/volunteer-access/handle-link-request";
import { openVolunteerLink } from "@/lib/volunteer-access/open-link";
import { endVolunteerSession } from "@/lib/volunteer-access/session";

// The volunteer's pages' three posts. Each takes only the form (no bound arguments), so it
// posts without JavaScript, and ends in a redirect to a page.

const localeOfForm = (formData: FormData) => {
  const value = formData.get("locale");
  return isLocale(value) ? value : DEFAULT_LOCALE;
};

export async function requestLinkAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  const env = requireSessionSecret(getEnv());
  const requestHeaders = await headers();
  const result = await handleLinkRequest(
    { email: formData.get("email"), formToken: formData.get("formToken") },
    {
      origin: requestHeaders.get("origin"),
      referer: requestHeaders.get("referer"),
      forwardedFor: requestHeaders.get("x-forwarded-for"),
    },
    { db: getDb(), env, locale },
  );
  redirect(`${localePath(locale, "/volunteer/me")}?outcome=${result.kind}`);
}

export async function openLinkAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  const token = String(formData.get("token") ?? "");
  const env = requireSessionSecret(getEnv());
  const outcome = await openVolunteerLink(getDb(), env.SESSION_SECRET, token);
  if (outcome.kind === "dead")
    redirect(localePath(locale, `/volunteer/me/open/${encodeURIComponent(token)}`));
  (await cookies()).set(VOLUNTEER_COOKIE, outcome.sessionToken, volunteerCookieOptions(env.SITE_URL));
  redirect(localePath(locale, "/volunteer/me/signups"));
}

export async function signOutAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  const env = requireSessionSecret(getEnv());
  const jar = await cookies();
  await endVolunteerSession(getDb(), env.SESSION_SECRET, jar.get(VOLUNTEER_COOKIE)?.value);
  jar.delete({ name: VOLUNTEER_COOKIE, path: "/" });
  redirect(localePath(locale, "/volunteer/me"));
}
