import "server-only";
import type { SignupOrigin } from "../attribution/signup-origin";
import { DEFAULT_LOCALE } from "../i18n/languages";
import { randomUUID } from "node:crypto";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { FAILED_EMAIL_NOTICE_TASK, SEND_EMAIL_TASK } from "../jobs/queue";
import type { SignupAnswers } from "./forms";
import { proposalToken, proposalTokenHash } from "./proposal-token";
import { columnName, signupColumns, type ColumnValue } from "./signup-columns";
import { staffInboxFor } from "./staff-inbox";

export { staffInboxFor };

export type SubmitOutcome = "created" | "proposed" | "duplicate";
export type SubmitResult = { outcome: SubmitOutcome; signupId: string } | { outcome: "rate_limited" };

/** Fixed-window counters: at most `max` signups per `key` in the window starting `windowStart`. */
export type RateLimits = { windowStart: Date; counters: { key: string; max: number }[] };

type EmailSettings = Pick<
  Env,
  | "STAFF_EMAIL"
  | "STAFF_EMAIL_ATTORNEY"
  | "STAFF_EMAIL_MEDICAL"
  | "STAFF_EMAIL_INTERPRETER"
  | "SITE_URL"
  | "EMAIL_MAX_ATTEMPTS"
  | "CONFIRMATION_EMAILS_PER_HOUR"
> & { SESSION_SECRET: string };

function messageIdFor(siteUrl: string): string {
  return `<${randomUUID()}@${new URL(siteUrl).hostname}>`;
}

/**
 * Stores a signup and queues its emails in one statement, so one transaction: either all of it
 * happens or none (the `submit_signup` function, prisma/functions/submit_signup.sql).
 * The same form submitted twice (its idempotency key) maps to the first signup. The same email
 * and role as a signup already stored changes nothing: the answers are kept as a proposal and
 * the address is emailed a link to apply them (decision 030). A signup over any of `rateLimits` stores nothing; one over the
 * hourly cap on volunteer emails is stored with that email held (a failed delivery).
 */
export async function submitSignup(
  db: Db,
  submission: SignupAnswers,
  options: {
    idempotencyKey: string;
    env: EmailSettings;
    rateLimits?: RateLimits;
    /** The language of the form (lib/i18n/languages.ts): the volunteer's emails are in it. */
    locale?: string;
    /**
     * The filterable columns by field name: `signupColumns(submission)` unless given (a test
     * adds a test-only column here). Each is stored in the column of its field's snake_case name.
     */
    columns?: Record<string, ColumnValue>;
    /**
     * Where the visit came from (lib/attribution/signup-origin.ts, already checked): stored on a
     * new signup only, never on a proposed update for a known address.
     */
    origin?: SignupOrigin;
  },
): Promise<SubmitResult> {
  const columns = signupColumns(submission);
  const given = options.columns ?? columns;
  const { windowStart, counters } = options.rateLimits ?? { windowStart: new Date(), counters: [] };
  // Used only if the address has a signup for this role already: cheaper than a second trip.
  const proposalId = randomUUID();
  // The argument prisma/functions/submit_signup.sql reads (its first lines name each key).
  const argument = {
    key: options.idempotencyKey,
    columns: Object.fromEntries(Object.entries(given).map(([field, value]) => [columnName(field), value])),
    answers: submission.answers,
    origin: options.origin ?? {},
    locale: options.locale ?? DEFAULT_LOCALE,
    limits: counters,
    window_start: windowStart,
    staff_inbox: staffInboxFor(columns.role, options.env),
    staff_message_id: messageIdFor(options.env.SITE_URL),
    volunteer_message_id: messageIdFor(options.env.SITE_URL),
    email_task: SEND_EMAIL_TASK,
    email_max_attempts: options.env.EMAIL_MAX_ATTEMPTS,
    volunteer_email_cap: options.env.CONFIRMATION_EMAILS_PER_HOUR ?? null,
    notice_task: FAILED_EMAIL_NOTICE_TASK,
    proposal_id: proposalId,
    proposal_token_hash: proposalTokenHash(proposalToken(proposalId, options.env.SESSION_SECRET)),
  };
  const [row] = await db.$queryRaw<{ outcome: string; signup_id: string | null }[]>`
    SELECT outcome, signup_id::text FROM submit_signup(${JSON.stringify(argument)}::jsonb)`;
  if (!row) throw new Error("submit_signup returned no row");
  if (row.outcome === "rate_limited") return { outcome: "rate_limited" };
  return { outcome: row.outcome as SubmitOutcome, signupId: row.signup_id! };
}
