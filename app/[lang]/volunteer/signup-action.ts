"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getDb } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";
import { createFormToken } from "@/lib/security/form-token";
import { formDataToValues } from "@/lib/signup/form-data";
import { signupForm } from "@/lib/signup/forms";
import { addRow, valuesToKeep, type SignupFormState } from "@/lib/signup/form-state";
import { handleSignupSubmission } from "@/lib/signup/handle-submission";
import { isRole } from "@/lib/signup/options";

/** The one server action behind the three signup forms. */
export async function submitSignupAction(
  previous: SignupFormState,
  formData: FormData,
): Promise<SignupFormState> {
  // The role and the page's language travel as fields, not bound arguments, so the form also
  // posts without JavaScript.
  const role = String(formData.get("role"));
  if (!isRole(role)) throw new Error("Unknown volunteer role");
  const language = formData.get("locale");
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const values = formDataToValues(formData.entries());
  const base = { ...previous, values: valuesToKeep(values), version: previous.version + 1 };

  // "Add another" without JavaScript posts the form: show one more row, validate nothing.
  const intent = typeof values.intent === "string" ? values.intent : "";
  const grown = intent.startsWith("add:") ? addRow(signupForm(role).questions, base, intent.slice(4)) : null;
  if (grown) return { ...base, status: "added_row", fieldErrors: {}, rowCounts: grown };

  const env = requireSessionSecret(getEnv());
  const requestHeaders = await headers();
  const result = await handleSignupSubmission(
    role,
    values,
    {
      origin: requestHeaders.get("origin"),
      referer: requestHeaders.get("referer"),
      forwardedFor: requestHeaders.get("x-forwarded-for"),
    },
    { db: getDb(), env, locale, messages: getMessages(locale) },
  );

  switch (result.kind) {
    // A new signup and new answers for a known address end on the same page (decision 030).
    case "saved":
    case "ignored":
      redirect(localePath(locale, "/volunteer/thanks"));
    case "invalid":
      return { ...base, status: "invalid", fieldErrors: result.fieldErrors };
    case "stale":
      return { ...base, status: "stale", fieldErrors: {}, formToken: createFormToken(env.SESSION_SECRET) };
    default:
      return { ...base, status: result.kind, fieldErrors: {} };
  }
}
