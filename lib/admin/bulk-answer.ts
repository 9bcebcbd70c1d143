import type { ActionResult } from "./action-result";

// What the list's bulk actions answer: the review staff confirm (the count and, for a
// message, who is skipped, who gets English and the first volunteer's text), then the outcome.

export type BulkReview = {
  /** The signups the change or message would reach: the count to confirm. */
  count: number;
  /** What will happen, in words ("Set the status to Contacted"). */
  description: string;
  /** A message: volunteers left out because they asked for no more emails. */
  skipped?: number;
  /** A message: volunteers who get English, the template having no text in their language. */
  fallback?: number;
  preview?: { name: string; subject: string; body: string; language: string } | null;
};

export type BulkAnswer = ActionResult & { review?: BulkReview; done?: boolean };

/** The bulk bar's form: the table's row checkboxes name it in their `form` attribute. */
export const BULK_FORM_ID = "signup-bulk";
