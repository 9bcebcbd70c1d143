import "server-only";
import { diffAnswers, type AnswerChange } from "../admin/answer-diff";
import type { Db } from "../db/client";
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
export async function confirmProposal(db: Db, token: string): Promise<ConfirmOutcome> {
  const hash = proposalTokenHash(token);
  if (!hash) return "unknown";
  const [row] = await db.$queryRaw<{ outcome: ConfirmOutcome }[]>`
    SELECT outcome FROM confirm_signup_proposal(${hash})`;
  return row?.outcome ?? "unknown";
}
