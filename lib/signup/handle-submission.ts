import "server-only";
import { signupOrigin } from "../attribution/signup-origin";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { verifyFormToken } from "../security/form-token";
import { databaseErrorSummary } from "../db/error-summary";
import { refreshReadiness } from "../onboarding/summary";
import { LOCALES } from "../i18n/languages";
import { localDay } from "../time/zoned";
import { clientAddress, rateLimitKey, rateLimitSubject, windowStartFor } from "../security/rate-limit";
import { isSameOrigin } from "../security/same-origin";
import { fieldErrorsFrom, type FormValues } from "./form-data";
import type { Role } from "./options";
import type { PublicMessages } from "../messages/en";
import { signupForm, type SignupAnswers } from "./forms";
import { submitSignup } from "./submit-signup";

// Everything a signup POST goes through, in order, with no HTTP in it: the server action
// turns the result into a page.

export type SubmissionResult =
  | { kind: "forbidden" }
  | { kind: "invalid"; fieldErrors: Record<string, string> }
  | { kind: "stale" }
  | { kind: "ignored" }
  | { kind: "rate_limited" }
  | { kind: "unavailable" }
  /** Stored, or held as a proposal for a known address: one answer, so the reply tells no one which. */
  | { kind: "saved" };

export type RequestFacts = {
  origin: string | null;
  referer: string | null;
  /** The one address the front door wrote (scripts/serve.ts): the socket's or a trusted proxy's. */
  forwardedFor: string | null;
};

const HOUR_MS = 60 * 60 * 1000;

export async function handleSignupSubmission(
  role: Role,
  values: FormValues,
  request: RequestFacts,
  deps: {
    db: Db;
    env: Env & { SESSION_SECRET: string };
    /** The page's language: its errors are in it, and the volunteer's emails. */
    locale?: string;
    messages: PublicMessages;
  },
): Promise<SubmissionResult> {
  const { db, env } = deps;
  if (!isSameOrigin(request, env.SITE_URL)) return { kind: "forbidden" };

  const parsed = signupForm(role).schema.safeParse(values);
  if (!parsed.success) {
    return {
      kind: "invalid",
      fieldErrors: fieldErrorsFrom(parsed.error.issues, deps.messages.forms.errors, deps.locale ?? "en"),
    };
  }

  const token = verifyFormToken(
    typeof values.formToken === "string" ? values.formToken : undefined,
    env.SESSION_SECRET,
  );
  if (!token) return { kind: "stale" };
  // Bots fill the hidden field or answer in an instant; they are told it worked.
  const isHoneypotFilled = typeof values.website === "string" && values.website.trim() !== "";
  const isTooFast = Date.now() - token.issuedAt < env.SIGNUP_MIN_SECONDS * 1000;
  if (isHoneypotFilled || isTooFast) return { kind: "ignored" };

  try {
    const rateLimits = {
      windowStart: windowStartFor(Date.now(), HOUR_MS),
      counters: [
        {
          key: rateLimitKey(
            env.SESSION_SECRET,
            "signup-ip",
            rateLimitSubject(clientAddress(request.forwardedFor)),
          ),
          max: env.SIGNUP_LIMIT_PER_IP,
        },
        {
          key: rateLimitKey(env.SESSION_SECRET, "signup-email", String(parsed.data.email)),
          max: env.SIGNUP_LIMIT_PER_EMAIL,
        },
      ],
    };
    const submission = { role, answers: parsed.data } as unknown as SignupAnswers;
    const result = await submitSignup(db, submission, {
      idempotencyKey: token.key,
      env,
      rateLimits,
      locale: deps.locale,
      // Checked again here: the hidden fields are whatever the browser sent.
      origin: signupOrigin(values, LOCALES),
    });
    if (result.outcome === "rate_limited") return { kind: "rate_limited" };
    if (result.outcome === "created") await storeReadiness(db, result.signupId, env.ORG_TIME_ZONE);
    return { kind: "saved" };
  } catch (error) {
    // The database is down or restarting: nothing half-written (one transaction), and the
    // person keeps what they typed. The log line says what failed and carries no answers.
    console.error(`Signup could not be saved: ${databaseErrorSummary(error)}`);
    return { kind: "unavailable" };
  }
}

/**
 * The new signup's open steps, for the list's filters and the dashboard. Best effort: the
 * signup is stored already, and the daily job derives any signup still without them.
 */
async function storeReadiness(db: Db, signupId: string, timeZone: string): Promise<void> {
  try {
    await refreshReadiness(db, [signupId], localDay(new Date(), timeZone));
  } catch (error) {
    console.warn(`Readiness not stored for a new signup: ${databaseErrorSummary(error)}`);
  }
}
