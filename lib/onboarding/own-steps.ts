import "server-only";
import type { Db } from "../db/client";
import type { Role } from "../signup/options";
import type { VolunteerSession } from "../volunteer-access/session";
import { readiness, type Completion, type RequiredStep } from "./readiness";
import { findStep, PLEDGE_VERSION } from "./steps";
import { refreshReadiness } from "./summary";

// A volunteer's own onboarding steps, on their emailed-link pages: what is left, and the steps
// they complete themselves (the confidentiality pledge, their EOIR number). Found by the
// session's address as well as the signup's id, like everything else a volunteer reads.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export type OwnStep = Pick<RequiredStep, "state" | "instance" | "instanceLabel"> & {
  key: string;
  /** The volunteer may do it here (and it is not done yet). */
  isTheirs: boolean;
  completedOn: string | null;
  expiresOn: string | null;
};

/** The volunteer's required steps in order, or null for a signup that is not theirs. */
export async function listOwnSteps(
  db: Db,
  session: VolunteerSession,
  signupId: string,
  today: string,
): Promise<{ steps: OwnStep[]; ready: boolean } | null> {
  if (!UUID.test(signupId)) return null;
  const signup = await db.signup.findFirst({
    where: { id: signupId, email: session.email, anonymizedAt: null },
    select: { role: true, answers: true, onboardingSteps: true },
  });
  if (!signup) return null;
  const completions: Completion[] = signup.onboardingSteps.map((row) => ({
    stepKey: row.stepKey,
    instance: row.instance,
    completedOn: day(row.completedOn)!,
    expiresOn: day(row.expiresOn),
  }));
  const r = readiness(signup.role as Role, signup.answers as Record<string, unknown>, completions, today);
  return {
    ready: r.ready,
    steps: r.steps.map((s) => ({
      key: s.step.key,
      state: s.state,
      instance: s.instance,
      instanceLabel: s.instanceLabel,
      isTheirs: s.step.doneBy !== "staff" && s.state !== "done" && !s.step.instances,
      completedOn: s.completion?.completedOn ?? null,
      expiresOn: s.completion?.expiresOn ?? null,
    })),
  };
}

export type OwnStepInput = { agree?: unknown; value?: unknown };
export type OwnStepOutcome =
  { kind: "done" } | { kind: "invalid"; error: "agree" | "missing" | "tooLong" } | { kind: "not_found" };

/**
 * Marks one of the volunteer's own steps done: the pledge (ticked, its version recorded) or a
 * step that records a text (their EOIR number). In one transaction with its history event (by
 * the volunteer) and the signup's stored readiness.
 */
export async function completeOwnStep(
  db: Db,
  session: VolunteerSession,
  signupId: string,
  stepKey: string,
  input: OwnStepInput,
  today: string,
): Promise<OwnStepOutcome> {
  const step = findStep(stepKey);
  if (!UUID.test(signupId) || !step || step.doneBy === "staff" || step.instances)
    return { kind: "not_found" };
  let value: string | null = null;
  if (step.key === "confidentialityPledge") {
    if (input.agree !== "on") return { kind: "invalid", error: "agree" };
    value = PLEDGE_VERSION;
  } else if (step.records.text) {
    value = typeof input.value === "string" ? input.value.trim() : "";
    if (!value && step.records.text.required) return { kind: "invalid", error: "missing" };
    if (value.length > step.records.text.max) return { kind: "invalid", error: "tooLong" };
  }
  return db.$transaction(async (tx) => {
    const [signup] = await tx.$queryRaw<{ id: string; role: string }[]>`
      SELECT id::text, role::text FROM signups
       WHERE id = ${signupId}::uuid AND email = ${session.email} AND anonymized_at IS NULL FOR UPDATE`;
    if (!signup || signup.role !== step.role) return { kind: "not_found" } as const;
    await tx.$executeRaw`
      INSERT INTO onboarding_steps (id, signup_id, step_key, instance, value, completed_on, by_volunteer, updated_at)
      VALUES (gen_random_uuid(), ${signupId}::uuid, ${step.key}, '', ${value}, ${today}::date, true, now())
      ON CONFLICT (signup_id, step_key, instance) DO UPDATE
        SET value = EXCLUDED.value, completed_on = EXCLUDED.completed_on, expires_on = NULL,
            completed_by = NULL, by_volunteer = true, updated_at = now()`;
    await tx.signupEvent.create({
      data: { signupId, kind: "step_completed", detail: { step: step.key, instance: "", byVolunteer: true } },
    });
    await tx.$executeRaw`UPDATE signups SET last_step_at = now() WHERE id = ${signupId}::uuid`;
    await refreshReadiness(tx, [signupId], today);
    return { kind: "done" } as const;
  });
}
