import { STEPS, type StepDefinition } from "./steps";

// The steps a volunteer can move on themselves, from their own page: those they complete
// (the pledge, their EOIR number) and the trainings they register for. Their reminder lists
// these; the rest wait on staff, so reminding the volunteer of them would not help. A training
// is in hand while they hold a place in a session still to come.

export const isVolunteerStep = (step: StepDefinition) => step.doneBy !== "staff" || step.isTraining === true;

export function volunteerStepKeys(steps: readonly StepDefinition[] = STEPS): string[] {
  return steps.filter(isVolunteerStep).map((step) => step.key);
}

/** The volunteer's own steps that are not trainings (done on their page, not by attending). */
export function volunteerTaskKeys(steps: readonly StepDefinition[] = STEPS): string[] {
  return steps.filter((step) => isVolunteerStep(step) && !step.isTraining).map((step) => step.key);
}

export function trainingStepKeys(steps: readonly StepDefinition[] = STEPS): string[] {
  return steps.filter((step) => step.isTraining).map((step) => step.key);
}

/**
 * Of a signup's missing steps (signups.steps_missing), the volunteer's own still to act on, in
 * the steps' order: trainings left out while they hold a place in a session to come.
 */
export function volunteerStepsMissing(
  missing: readonly string[],
  { hasTrainingPlace = false }: { hasTrainingPlace?: boolean } = {},
  steps: readonly StepDefinition[] = STEPS,
): string[] {
  const open = new Set(missing);
  return steps
    .filter((step) => isVolunteerStep(step) && open.has(step.key) && !(hasTrainingPlace && step.isTraining))
    .map((step) => step.key);
}
