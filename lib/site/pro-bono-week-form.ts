import { z } from "zod";

// The staff form for National Pro Bono Week: its one schema, read by the page and the server.
// Empty dates mean no callout; empty texts mean the catalogs' own words (messages home.proBonoWeek).
// A problem is a code per field, put in words by the page (admin.proBonoWeek.errors).

export const PRO_BONO_WEEK_LIMITS = { callout: 400 };

export type ProBonoWeekFieldError = "day" | "bothDates" | "endBeforeStart" | "tooLong" | "bothTexts";
const CODES: readonly string[] = ["day", "bothDates", "endBeforeStart", "tooLong", "bothTexts"];

const trimmed = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string());

/** A real calendar day as YYYY-MM-DD (2026-02-30 is refused), or "" for none. */
const day = trimmed.refine((v) => {
  if (v === "") return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
}, "day");

const callout = trimmed.pipe(z.string().max(PRO_BONO_WEEK_LIMITS.callout, "tooLong"));

export const ProBonoWeekFormSchema = z
  .object({ start: day, end: day, calloutEn: callout, calloutEs: callout })
  .superRefine((form, ctx) => {
    if (Boolean(form.start) !== Boolean(form.end)) {
      ctx.addIssue({ code: "custom", path: [form.start ? "end" : "start"], message: "bothDates" });
    } else if (form.start && form.end < form.start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "endBeforeStart" });
    }
    if (Boolean(form.calloutEn) !== Boolean(form.calloutEs)) {
      ctx.addIssue({
        code: "custom",
        path: [form.calloutEn ? "calloutEs" : "calloutEn"],
        message: "bothTexts",
      });
    }
  });

export type ProBonoWeekForm = z.infer<typeof ProBonoWeekFormSchema>;

/** The first problem of each field, as a code. */
export function proBonoWeekFieldErrors(
  error: z.ZodError,
): Partial<Record<keyof ProBonoWeekForm, ProBonoWeekFieldError>> {
  const errors: Partial<Record<string, ProBonoWeekFieldError>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "start");
    errors[field] ??= CODES.includes(issue.message) ? (issue.message as ProBonoWeekFieldError) : "day";
  }
  return errors;
}
