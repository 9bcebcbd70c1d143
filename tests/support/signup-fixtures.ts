import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";
import { formDataToValues } from "../../lib/signup/form-data";
import type { Role } from "../../lib/signup/options";
import { signupForm, type SignupAnswers } from "../../lib/signup/forms";
import { proposalToken } from "../../lib/signup/proposal-token";
import { submitSignup } from "../../lib/signup/submit-signup";
import { sampleFields, toEntries } from "./signup-samples";

/** A validated submission, as the server action hands it to submitSignup. */
export function sampleSubmission(role: Role, n = 1, overrides: Record<string, string> = {}): SignupAnswers {
  const values = formDataToValues(toEntries({ ...sampleFields(role, n), ...overrides }));
  return { role, answers: signupForm(role).schema.parse(values) } as unknown as SignupAnswers;
}

export const TEST_EMAIL_ENV = {
  STAFF_EMAIL: "staff@example.org",
  STAFF_EMAIL_ATTORNEY: "attorneys@example.org",
  STAFF_EMAIL_MEDICAL: undefined,
  STAFF_EMAIL_INTERPRETER: "interpreters@example.org",
  SITE_URL: "https://volunteer.example.org",
  EMAIL_MAX_ATTEMPTS: 12,
  CONFIRMATION_EMAILS_PER_HOUR: 200,
  MAIL_FROM: "NMILC <probono@example.org>",
  ORG_NAME: "New Mexico Immigrant Law Center",
  ORG_EMAIL: "probono@example.org",
  RESPONSE_PROMISE_DAYS: 14,
  STALLED_DAYS: 21,
  ORG_TIME_ZONE: "America/Denver",
  SESSION_SECRET: "test-secret-for-stop-links-0123456789abcdef",
};

/** submitSignup with no rate limits, for tests that need a stored signup. */
export async function storeSignup(
  db: Db,
  submission: SignupAnswers,
  options: { idempotencyKey?: string; env?: typeof TEST_EMAIL_ENV; locale?: string } = {},
) {
  const result = await submitSignup(db, submission, {
    idempotencyKey: options.idempotencyKey ?? randomUUID(),
    env: options.env ?? TEST_EMAIL_ENV,
    locale: options.locale,
  });
  if (result.outcome === "rate_limited") throw new Error("storeSignup sets no rate limit");
  return result;
}

/** The link's token of a signup's newest proposal, as the emailed link carries it (decision 030). */
export async function latestProposalToken(db: Db, signupId: string, secret = TEST_EMAIL_ENV.SESSION_SECRET) {
  const proposal = await db.signupProposal.findFirstOrThrow({
    where: { signupId },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return proposalToken(proposal.id, secret);
}
