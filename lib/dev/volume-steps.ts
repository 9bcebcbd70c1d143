import { readiness, type Completion } from "../onboarding/readiness";
import { findStep, PLEDGE_VERSION } from "../onboarding/steps";
import type { Role } from "../signup/options";
import { between, chance, pick, type Random } from "./volume-random";
import type { Status } from "./volume-rows";

// Onboarding steps for synthetic signups, as far as their status suggests: none for most new
// ones, some while in touch or onboarding, all for active volunteers (a few with a licence or
// certification about to expire, or expired). The stored derivation (steps_open, steps_missing,
// first_expiry, last_step_at) comes from the same readiness rule the app writes it with.

const DAY = 86_400_000;

export type VolumeStep = Completion & {
  value: string | null;
  completedBy: string | null;
  byVolunteer: boolean;
};

export type VolumeReadiness = {
  stepsOpen: number;
  stepsMissing: string[];
  firstExpiry: string | null;
  lastStepAt: Date | null;
};

/** The share of a signup's steps done, by its status. */
function shareDone(random: Random, status: Status): number {
  switch (status) {
    case "new":
      return chance(random, 0.05) ? 0.2 : 0;
    case "contacted":
      return chance(random, 0.5) ? random() * 0.5 : 0;
    case "onboarding":
      return 0.3 + random() * 0.6;
    case "active":
      return 1;
    default:
      return chance(random, 0.4) ? random() * 0.8 : 0;
  }
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function valueFor(random: Random, stepKey: string, serial: number): string | null {
  const records = findStep(stepKey)?.records.text;
  if (!records) return null;
  if (records.kind === "version") return PLEDGE_VERSION;
  if (records.kind === "number") return `${pick(random, ["A", "B", "C", "MD", "NM"])}${100000 + serial}`;
  return pick(random, ["Own policy", "The organization's policy", "Assessed by phone", "Rosa Delgado"]);
}

/** The steps done for one synthetic signup, and what the app would store about its readiness. */
export function volumeSteps(
  random: Random,
  signup: { role: Role; status: Status; answers: Record<string, unknown>; createdAt: Date },
  staffIds: readonly string[],
  now: Date,
  serial: number,
): { steps: VolumeStep[]; readiness: VolumeReadiness } {
  const today = isoDay(now);
  const required = readiness(signup.role, signup.answers, [], today).steps;
  const share = shareDone(random, signup.status);
  const steps: VolumeStep[] = [];
  for (const { step, instance } of required) {
    if (!(random() < share)) continue;
    const completedAt = new Date(
      signup.createdAt.getTime() + (now.getTime() - signup.createdAt.getTime()) * (0.1 + 0.9 * random()),
    );
    let expiresOn: string | null = null;
    if (step.records.expires) {
      // Mostly years ahead; some within the pipeline's 30 days; a few already past.
      const roll = random();
      const days =
        roll < 0.08
          ? between(random, 0, 30)
          : roll < 0.12
            ? -between(random, 1, 60)
            : between(random, 90, 900);
      expiresOn = isoDay(new Date(now.getTime() + days * DAY));
    }
    const byVolunteer = step.doneBy === "volunteer" || (step.doneBy === "either" && chance(random, 0.5));
    steps.push({
      stepKey: step.key,
      instance,
      completedOn: isoDay(completedAt),
      expiresOn,
      value: valueFor(random, step.key, serial),
      completedBy: byVolunteer ? null : pick(random, staffIds),
      byVolunteer,
    });
  }
  const derived = readiness(signup.role, signup.answers, steps, today);
  const last = steps
    .map((s) => s.completedOn)
    .sort()
    .at(-1);
  return {
    steps,
    readiness: {
      stepsOpen: derived.open,
      stepsMissing: [...new Set(derived.steps.filter((s) => s.state !== "done").map((s) => s.step.key))],
      firstExpiry: derived.validUntil,
      lastStepAt: last ? new Date(`${last}T12:00:00Z`) : null,
    },
  };
}
