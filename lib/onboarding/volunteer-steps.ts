import { STEPS, type StepDefinition } from "./steps";

// The steps a volunteer can move on themselves, from their own page: those they complete
// (the pledge, their EOIR number) and the trainings they register for. Their reminder lists
// these; the rest wait on staff, so reminding the volunteer of them would not help.

export const isVolunteerStep = (step: StepDefinition) => step.doneBy !== "staff" || step.isTraining === true;

export function volunteerStepKeys(steps: readonly StepDefinition[] = STEPS): string[] {
  return steps.filter(isVolunteerStep).map((step) => step.key);
}

/** Of a signup's missing steps (signups.steps_missing), the volunteer's own, in the steps' order. */
export function volunteerStepsMissing(
  missing: readonly string[],
  steps: readonly StepDefinition[] = STEPS,
): string[] {
  const open = new Set(missing);
  return steps.filter((step) => isVolunteerStep(step) && open.has(step.key)).map((step) => step.key);
}
