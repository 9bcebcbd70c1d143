import { z } from "zod";
import { addDays } from "../time/zoned";

// The recruitment report's period, from its GET form (/admin/recruitment?period=…): the last 30
// days (the default), the last 90, or a chosen range of the organization's days. One schema,
// read on the server from the query string (the page and its CSV alike); a problem is a code per
// field, put in words by the page (admin.recruitment.errors).

export const PERIOD_PRESETS = ["30", "90", "range"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A chosen range may span at most this many days: a year, a leap day included. */
export const MAX_RANGE_DAYS = 366;

export type PeriodFieldError = "required" | "day" | "future" | "order" | "tooLong";

/** Inclusive days, YYYY-MM-DD, the organization's. */
export type ReportPeriod = { preset: PeriodPreset; from: string; to: string; days: number };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day that exists (not 2026-02-30), from the year 2000: counting started long after. */
export function isReportDay(value: string): boolean {
  if (!DAY.test(value) || value < "2000-01-01") return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Days from `from` to `to`, both counted. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The `days` days that end today (today counted). */
export function lastDays(days: number, today: string): { from: string; to: string } {
  return { from: addDays(today, 1 - days), to: today };
}

const text = z.preprocess((value) => (typeof value === "string" ? value.trim() : ""), z.string());

/** The form's schema as of `today` (the organization's day): a range may not end after it. */
export function reportPeriodSchema(today: string) {
  return z
    .object({
      // A made-up preset reads as the default, like any view in a URL.
      period: z.enum(PERIOD_PRESETS).catch("30"),
      from: text,
      to: text,
    })
    .superRefine((form, ctx) => {
      if (form.period !== "range") return;
      const problem = (path: "from" | "to", message: PeriodFieldError) =>
        ctx.addIssue({ code: "custom", path: [path], message });
      const fromOk = form.from !== "" && isReportDay(form.from);
      const toOk = form.to !== "" && isReportDay(form.to);
      if (form.from === "") problem("from", "required");
      else if (!fromOk) problem("from", "day");
      if (form.to === "") problem("to", "required");
      else if (!toOk) problem("to", "day");
      else if (form.to > today) problem("to", "future");
      if (!fromOk || !toOk || form.to > today) return;
      if (form.to < form.from) problem("to", "order");
      else if (daysBetween(form.from, form.to) > MAX_RANGE_DAYS) problem("to", "tooLong");
    })
    .transform(({ period, from, to }): ReportPeriod => {
      const range = period === "range" ? { from, to } : lastDays(Number(period), today);
      return { preset: period, ...range, days: daysBetween(range.from, range.to) };
    });
}

export type PeriodInput = { period: PeriodPreset; from: string; to: string };

export type PeriodResult =
  | { ok: true; period: ReportPeriod; input: PeriodInput }
  | { ok: false; errors: Partial<Record<"from" | "to", PeriodFieldError>>; input: PeriodInput };

/**
 * The period a query string asks for. A `from` or `to` without `period` means a range (a
 * bookmarked link); nothing at all is the last 30 days. `input` is what the form shows again.
 */
export function parseReportPeriod(params: URLSearchParams, today: string): PeriodResult {
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const asked = params.get("period") ?? (from || to ? "range" : "30");
  const result = reportPeriodSchema(today).safeParse({ period: asked, from, to });
  const preset = (PERIOD_PRESETS as readonly string[]).includes(asked) ? (asked as PeriodPreset) : "30";
  if (result.success) {
    const period = result.data;
    return { ok: true, period, input: { period: period.preset, from: period.from, to: period.to } };
  }
  const errors: Partial<Record<"from" | "to", PeriodFieldError>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] === "to" ? "to" : "from";
    errors[field] ??= issue.message as PeriodFieldError;
  }
  return { ok: false, errors, input: { period: preset, from: from.trim(), to: to.trim() } };
}

/** The query string of a period, for the CSV link and the presets' links. */
export function periodQuery(period: Pick<ReportPeriod, "preset" | "from" | "to">): string {
  return period.preset === "range"
    ? `?period=range&from=${period.from}&to=${period.to}`
    : `?period=${period.preset}`;
}
