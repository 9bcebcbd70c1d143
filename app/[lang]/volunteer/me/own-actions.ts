"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";
import { localDay } from "@/lib/time/zoned";
import { fieldErrorsFrom, formDataToValues, type FormValues } from "@/lib/signup/form-data";
import { addRow, valuesToKeep, type SignupFormState } from "@/lib/signup/form-state";
import { signupForm, type SignupAnswers } from "@/lib/signup/forms";
import { isRole } from "@/lib/signup/options";
import { VOLUNTEER_COOKIE } from "@/lib/volunteer-access/cookie";
import {
  changeOwnAnswers,
  deleteOwnData,
  pauseOwnSignup,
  stopOwnEmails,
  withdrawOwnSignup,
  type OwnChangeOutcome,
} from "@/lib/volunteer-access/own-changes";
import { checkPauseUntil } from "@/lib/volunteer-access/pause-until";
import { completeOwnStep } from "@/lib/onboarding/own-steps";
import { currentVolunteerSession } from "./current-session";

// The changes a volunteer makes on their own pages. Each posts a plain form (no bound
// arguments), so it works without JavaScript, reads the session from the cookie (none, or past
// its 30 minutes: the "ask for a new link" page, nothing changed) and ends on a page.

const localeOfForm = (formData: FormData) => {
  const value = formData.get("locale");
  return isLocale(value) ? value : DEFAULT_LOCALE;
};
const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/** Where a change of one signup lands: its page with a line saying what happened. */
function afterChange(locale: string, signupId: string, outcome: OwnChangeOutcome, done: string): never {
  const page = localePath(locale, `/volunteer/me/signups/${encodeURIComponent(signupId)}`);
  // Another person's id, or one that never was: that page answers "not found" for it.
  if (outcome === "not_found" || outcome === "closed") redirect(page);
  redirect(`${page}?done=${outcome === "unchanged" ? "unchanged" : done}`);
}

async function sessionOrDeadPage(locale: string) {
  const session = await currentVolunteerSession();
  if (!session) redirect(localePath(locale, "/volunteer/me/signups"));
  return session;
}

/** The signup form again, with the volunteer's answers; its errors come back next to the fields. */
export async function changeAnswersAction(
  previous: SignupFormState,
  formData: FormData,
): Promise<SignupFormState> {
  const locale = localeOfForm(formData);
  const session = await sessionOrDeadPage(locale);
  const role = field(formData, "role");
  const signupId = field(formData, "signupId");
  if (!isRole(role)) redirect(localePath(locale, "/volunteer/me/signups"));
  // The address is the session's, whatever was posted: the form shows it read-only.
  const values: FormValues = { ...formDataToValues(formData.entries()), email: session.email };
  const base = { ...previous, values: valuesToKeep(values), version: previous.version + 1 };

  const intent = typeof values.intent === "string" ? values.intent : "";
  const grown = intent.startsWith("add:") ? addRow(signupForm(role).questions, base, intent.slice(4)) : null;
  if (grown) return { ...base, status: "added_row", fieldErrors: {}, rowCounts: grown };

  const parsed = signupForm(role).schema.safeParse(values);
  if (!parsed.success) {
    const errors = getMessages(locale).forms.errors;
    return { ...base, status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error.issues, errors, locale) };
  }
  const submission = { role, answers: parsed.data } as unknown as SignupAnswers;
  let outcome: OwnChangeOutcome;
  try {
    outcome = await changeOwnAnswers(getDb(), getEnv(), session, signupId, submission, locale);
  } catch {
    // The database is away for a moment: nothing was written, and the form keeps what was typed.
    return { ...base, status: "unavailable", fieldErrors: {} };
  }
  afterChange(locale, signupId, outcome, "updated");
}

export async function pauseAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  const session = await sessionOrDeadPage(locale);
  const signupId = field(formData, "signupId");
  const env = getEnv();
  const until = checkPauseUntil(formData.get("until"), localDay(new Date(), env.ORG_TIME_ZONE));
  if (!until.ok) {
    const page = localePath(locale, `/volunteer/me/signups/${encodeURIComponent(signupId)}`);
    redirect(`${page}?pauseError=${until.error}#pause`);
  }
  const outcome = await pauseOwnSignup(getDb(), env, session, signupId, until.day, locale);
  afterChange(locale, signupId, outcome, "paused");
}

export async function withdrawAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  const session = await sessionOrDeadPage(locale);
  const signupId = field(formData, "signupId");
  const outcome = await withdrawOwnSignup(getDb(), getEnv(), session, signupId, locale);
  afterChange(locale, signupId, outcome, "withdrawn");
}

export async function stopAllEmailsAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  const session = await sessionOrDeadPage(locale);
  await stopOwnEmails(getDb(), session);
  redirect(`${localePath(locale, "/volunteer/me/signups")}?done=stopped`);
}

/** One of the volunteer's own onboarding steps (the pledge, their EOIR number). */
export async function completeStepAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  const session = await sessionOrDeadPage(locale);
  const signupId = field(formData, "signupId");
  const step = field(formData, "step");
  const today = localDay(new Date(), getEnv().ORG_TIME_ZONE);
  const outcome = await completeOwnStep(
    getDb(),
    session,
    signupId,
    step,
    { agree: formData.get("agree"), value: formData.get("value") },
    today,
  );
  const page = localePath(locale, `/volunteer/me/signups/${encodeURIComponent(signupId)}`);
  if (outcome.kind === "invalid")
    redirect(`${page}?stepError=${encodeURIComponent(`${step}:${outcome.error}`)}#steps`);
  redirect(outcome.kind === "done" ? `${page}?done=step#steps` : page);
}

/**
 * Deleting is asked twice: the first form (a box ticked) leads to the last step's page, whose
 * button deletes. Then the session ends with the data: the cookie goes too.
 */
export async function deleteDataAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  const session = await sessionOrDeadPage(locale);
  const page = localePath(locale, "/volunteer/me/delete");
  if (field(formData, "step") !== "final") {
    redirect(formData.get("understood") === "on" ? `${page}?step=confirm` : `${page}?error=understand`);
  }
  await deleteOwnData(getDb(), session);
  (await cookies()).delete({ name: VOLUNTEER_COOKIE, path: "/" });
  redirect(localePath(locale, "/volunteer/me/deleted"));
}
