import "server-only";
import { diffAnswers, type AnswerChange } from "../admin/answer-diff";
import { getEnv } from "../config/env";
import type { Db } from "../db/client";
import { databaseErrorSummary } from "../db/error-summary";
import { refreshReadiness } from "../onboarding/summary";
import { localDay } from "../time/zoned";
import type { PublicMessages } from "../messages/en";
import { signupForm } from "./forms";
import type { Role } from "./options";
import { proposalTokenHash } from "./proposal-token";

// New answers posted with the address of an existing signup wait as a proposal until the link
// emailed to that address confirms them (decision 030). The link's page reads one here; its
// button applies it through confirm_signup_proposal() (prisma/functions/), one statement.

/** Why a link changes nothing, or that it still can. */
export type ProposalState = "pending" | "used" | "replaced" | "expired" | "unknown";

export type ProposalView =
  { state: Exclude<ProposalState, "pending"> } | { state: "pending"; role: Role; changes: AnswerChange[] };

type Row = {
  role: Role;
  current: Record<string, unknown>;
  proposed: Record<string, unknown>;
  appliedAt: Date | null;
  replacedAt: Date | null;
  expiresAt: Date;
};

/** What the link would change, in words (only the answers that differ), or why it cannot. */
export async function readProposal(
  db: Db,
  token: string,
  messages: PublicMessages["forms"],
  now = new Date(),
): Promise<ProposalView> {
  const hash = proposalTokenHash(token);
  if (!hash) return { state: "unknown" };
  const [row] = await db.$queryRaw<Row[]>`
    SELECT s.role::text AS role, s.answers AS current, pr.answers AS proposed, pr.applied_at AS "appliedAt",
           pr.replaced_at AS "replacedAt", pr.expires_at AS "expiresAt"
      FROM signup_proposals pr JOIN signups s ON s.id = pr.signup_id AND s.anonymized_at IS NULL
     WHERE pr.token_hash = ${hash}`;
  // The same order of reasons as confirm_signup_proposal(), so the page and the button agree.
  if (!row) return { state: "unknown" };
  if (row.appliedAt) return { state: "used" };
  if (row.replacedAt) return { state: "replaced" };
  if (row.expiresAt <= now) return { state: "expired" };
  const form = signupForm(row.role);
  return {
    state: "pending",
    role: row.role,
    changes: diffAnswers(form, row.current, row.proposed, messages),
  };
}

export type ConfirmOutcome = "applied" | Exclude<ProposalState, "pending">;

/**
 * Applies the proposal the token names, once: its answers and columns, an 'updated' event by
 * the volunteer keeping the answers it replaced. Anything else changes nothing and says why.
 */
export async function confirmProposal(
  db: Db,
  token: string,
  timeZone = getEnv().ORG_TIME_ZONE,
): Promise<ConfirmOutcome> {
  const hash = proposalTokenHash(token);
  if (!hash) return "unknown";
  const [row] = await db.$queryRaw<{ outcome: ConfirmOutcome }[]>`
    SELECT outcome FROM confirm_signup_proposal(${hash})`;
  const outcome = row?.outcome ?? "unknown";
  if (outcome === "applied") {
    // The answers changed, so may the steps they need. Best effort: the answers are applied
    // already, and the daily job derives readiness again.
    try {
      const [proposal] = await db.$queryRaw<{ signupId: string }[]>`
        SELECT signup_id::text AS "signupId" FROM signup_proposals WHERE token_hash = ${hash}`;
      if (proposal) await refreshReadiness(db, [proposal.signupId], localDay(new Date(), timeZone));
    } catch (error) {
      console.warn(`Readiness not stored after confirmed answers: ${databaseErrorSummary(error)}`);
    }
  }
  return outcome;
}
