"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { formDataToValues } from "@/lib/signup/form-data";
import { valuesToKeep, type SignupFormState } from "@/lib/signup/form-state";
import { handleSignupSubmission } from "@/lib/signup/handle-submission";
import { isRole } from "@/lib/signup/options";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { createFormToken } from "@/lib/security/form-token";

const ADD_ROW = /^add:(languages|barAdmissions)$/;
const MAX_ROWS = 12;

/** The one server action behind the three signup forms. */
export async function submitSignupAction(
  previous: SignupFormState,
  formData: FormData,
): Promise<SignupFormState> {
  // The role travels as a field, not a bound argument, so the form also posts without JavaScript.
  const role = String(formData.get("role"));
  if (!isRole(role)) throw new Error("Unknown volunteer role");
  const values = formDataToValues(formData.entries());
  const base = { ...previous, values: valuesToKeep(values), version: previous.version + 1 };

  // "Add another" without JavaScript posts the form: show one more row, validate nothing.
  const addRow = typeof values.intent === "string" ? ADD_ROW.exec(values.intent) : null;
  if (addRow) {
    const group = addRow[1]!;
    const current = Math.max(
      previous.rowCounts[group] ?? 1,
      Array.isArray(values[group]) ? (values[group] as unknown[]).length : 1,
    );
    return {
      ...base,
      status: "added_row",
      fieldErrors: {},
      rowCounts: { ...previous.rowCounts, [group]: Math.min(current + 1, MAX_ROWS) },
    };
  }

  const env = requireSessionSecret(getEnv());
  const requestHeaders = await headers();
  const result = await handleSignupSubmission(
    role,
    values,
    {
      origin: requestHeaders.get("origin"),
      referer: requestHeaders.get("referer"),
      host: requestHeaders.get("host"),
      forwardedFor: requestHeaders.get("x-forwarded-for"),
    },
    { db: getDb(), env },
  );

  switch (result.kind) {
    case "saved":
      redirect(result.outcome === "updated" ? "/volunteer/thanks/updated" : "/volunteer/thanks");
    case "ignored":
      redirect("/volunteer/thanks");
    case "invalid":
      return { ...base, status: "invalid", fieldErrors: result.fieldErrors };
    case "stale":
      return { ...base, status: "stale", fieldErrors: {}, formToken: createFormToken(env.SESSION_SECRET) };
    default:
      return { ...base, status: result.kind, fieldErrors: {} };
  }
}
