"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { confirmProposal } from "@/lib/signup/signup-proposals";

/**
 * The confirm page's button (decision 030): applies the proposal once, then shows the page
 * again, which says what happened. The token is the proof, as the emailed link is.
 */
export async function confirmAnswersAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const language = formData.get("locale");
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const outcome = await confirmProposal(getDb(), token);
  const page = localePath(locale, `/volunteer/confirm/${encodeURIComponent(token)}`);
  redirect(outcome === "applied" ? `${page}?done=1` : page);
}
