import type { Role } from "../signup/options";
import { STEPS, stepsFor, type StepDefinition, type StoredAnswers } from "./steps";

// "Ready" is derived, never set: every step this volunteer needs is done and none has expired.
// One pure function, so the record, the volunteer's page, the list and the dashboard agree.

/** A step done, as stored (onboarding_steps). Days are YYYY-MM-DD. */
export type Completion = { stepKey: string; instance: string; completedOn: string; expiresOn: string | null };

export type RequiredStep = {
  step: StepDefinition;
  /** '' for a step done once; the pair's key for a step per language pair. */
  instance: string;
  instanceLabel?: string;
  completion: Completion | null;
  state: "done" | "expired" | "open";
};

export type Readiness = {
  steps: RequiredStep[];
  /** Required steps not done, or done and expired. */
  open: number;
  ready: boolean;
  /** The first day a done step expires, when one does: readiness ends after it. */
  validUntil: string | null;
};

/** The steps this volunteer needs, each with its completion and state on `today`. */
export function readiness(
  role: Role,
  answers: StoredAnswers,
  completions: readonly Completion[],
  today: string,
  steps: readonly StepDefinition[] = STEPS,
): Readiness {
  const done = new Map(completions.map((c) => [`${c.stepKey}\u0000${c.instance}`, c]));
  const required: RequiredStep[] = stepsFor(role, steps)
    .filter((step) => step.requiredWhen?.(answers) ?? true)
    .flatMap((step) =>
      (step.instances ? step.instances(answers) : [{ key: "", label: undefined }]).map((instance) => {
        const completion = done.get(`${step.key}\u0000${instance.key}`) ?? null;
        const state: RequiredStep["state"] = !completion
          ? "open"
          : completion.expiresOn !== null && completion.expiresOn < today
            ? "expired"
            : "done";
        return { step, instance: instance.key, instanceLabel: instance.label, completion, state };
      }),
    );
  const open = required.filter((s) => s.state !== "done").length;
  const expiries = required
    .map((s) => (s.state === "done" ? s.completion!.expiresOn : null))
    .filter((day): day is string => day !== null)
    .sort();
  return { steps: required, open, ready: open === 0, validUntil: expiries[0] ?? null };
}
