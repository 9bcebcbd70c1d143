"use server";

import { redirect } from "next/navigation";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { cancelTrainingPlace, registerForTraining } from "@/lib/trainings/registrations";
import { currentVolunteerSession } from "./current-session";

// A volunteer takes or gives back a place in a training from their signup's page. Plain forms
// (no bound arguments), so it works without JavaScript; the page says what happened
// (`?training=<outcome>&t=<session>`), the full session's refusal included.

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

async function context(formData: FormData) {
  const value = formData.get("locale");
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  const session = await currentVolunteerSession();
  if (!session) redirect(localePath(locale, "/volunteer/me/signups"));
  return {
    locale,
    session,
    signupId: field(formData, "signupId"),
    trainingId: field(formData, "trainingId"),
  };
}

function back(locale: string, signupId: string, trainingId: string, outcome: string): never {
  const page = localePath(locale, `/volunteer/me/signups/${encodeURIComponent(signupId)}`);
  // Another person's signup, or a session not for it: that page answers for itself.
  if (outcome === "not_found") redirect(page);
  redirect(`${page}?training=${outcome}&t=${encodeURIComponent(trainingId)}#trainings`);
}

export async function registerTrainingAction(formData: FormData): Promise<void> {
  const { locale, session, signupId, trainingId } = await context(formData);
  const outcome = await registerForTraining(getDb(), getEnv(), session, signupId, trainingId, locale);
  back(locale, signupId, trainingId, outcome);
}

export async function cancelTrainingAction(formData: FormData): Promise<void> {
  const { locale, session, signupId, trainingId } = await context(formData);
  const outcome = await cancelTrainingPlace(getDb(), session, signupId, trainingId);
  back(locale, signupId, trainingId, outcome === "not_registered" ? "notRegistered" : outcome);
}
