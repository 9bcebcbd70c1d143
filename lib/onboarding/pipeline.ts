import type { Role } from "../signup/options";

// The pipeline from signup to ready, by the words the dashboard and the signups list share:
// its stages, and the list's query string for each (`readiness=ready|notReady|stalled|expiring`).
// Pure, so components can import it; the SQL of each stage is in pipeline-sql.ts.

/** "Expiring": a done step's expiry falls within this many days, today the first of them. */
export const EXPIRING_DAYS = 30;

/** The pipeline's stages, in the order a volunteer moves through them, then the two warnings. */
export const PIPELINE_STAGES = ["new", "contacted", "onboarding", "ready", "stalled", "expiring"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/**
 * The signups list's query string for a stage (and a role, or every role): statuses as the
 * list takes them (`status=`), readiness as `readiness=ready|notReady|stalled|expiring`.
 */
export function pipelineQuery(stage: PipelineStage, role?: Role): string {
  const params = new URLSearchParams();
  if (role) params.set("role", role);
  if (stage === "new" || stage === "contacted") params.set("status", stage);
  if (stage === "onboarding") {
    params.set("status", "onboarding");
    params.set("readiness", "notReady");
  }
  if (stage === "ready" || stage === "stalled" || stage === "expiring") params.set("readiness", stage);
  return `?${params.toString()}`;
}
