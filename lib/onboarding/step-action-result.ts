import type { ActionResult } from "../admin/action-result";

/** A step's fields as the form holds them (strings, "" when empty). */
export type StepTyped = { completedOn: string; expiresOn: string; value: string };

/** The step form's answer: a refused save sends back what was typed, for a page without script. */
export type StepActionResult = ActionResult & { values?: StepTyped };
