import type { CronItem, Task } from "graphile-worker";
import type { Db } from "../db/client";

// Proposed answers (decision 030) are kept 7 days at most: once a day, every proposal past its
// expiry goes, applied or not (an applied one's answers are in the signup). No "server-only":
// `npm run worker` runs it outside Next.js.

export const PROPOSAL_CLEANUP_TASK = "signup_proposals_cleanup";

/** Daily at 03:47 UTC, catching up a missed day; every worker shares the one schedule. */
export const proposalCleanupCronItems: CronItem[] = [
  {
    task: PROPOSAL_CLEANUP_TASK,
    match: "47 3 * * *",
    options: { backfillPeriod: 24 * 60 * 60 * 1000, jobKey: PROPOSAL_CLEANUP_TASK },
  },
];

/** Deletes the proposals expired by `now`; answers how many. */
export async function deleteExpiredProposals(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.signupProposal.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

export function createProposalCleanupTask({ db }: { db: Db }): Task {
  return async () => {
    await deleteExpiredProposals(db);
  };
}
