import type { Messages } from "../messages/en";
import { LOCALES, type Locale } from "../i18n/languages";
import { ROLES, type Role } from "../signup/options";
import type { ReportPeriod } from "./report-period";

// The recruitment report's shape, and how a table's rows are ordered, added up and cut short.
// Pure: the page's components and the CSV read it; lib/attribution/report.ts fills it.

export const REPORT_DIMENSIONS = ["pages", "sources", "campaigns"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** The most rows a table shows; the rest are added up in one "others" row. */
export const MAX_ROWS = 100;

export type ReportCounts = {
  views: number;
  formOpens: number;
  signups: number;
  byRole: Record<Role, number>;
  byLocale: Record<Locale, number>;
  ready: number;
  /** Views on each day of the period, the first day first. */
  daily: number[];
};

export type ReportRow = ReportCounts & {
  /** The value counted ("/voices/paul-cash", "whatsapp", "bar-news"); null for the others row. */
  key: string | null;
  label: string;
};

export type ReportTable = { rows: ReportRow[]; total: ReportCounts };

export type RecruitmentReport = {
  period: ReportPeriod;
  /** False until the front door has counted anything at all: the page explains instead. */
  hasCounts: boolean;
  tables: Record<ReportDimension, ReportTable>;
};

/** The catalog's words the report is labelled with. */
export type ReportWordsFor = {
  recruitment: Messages["admin"]["recruitment"];
  roles: Messages["admin"]["signupList"]["roles"];
};

export const zeroCounts = (days: number): ReportCounts => ({
  views: 0,
  formOpens: 0,
  signups: 0,
  byRole: Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>,
  byLocale: Object.fromEntries(LOCALES.map((locale) => [locale, 0])) as Record<Locale, number>,
  ready: 0,
  daily: new Array<number>(days).fill(0),
});

/** Adds `part` into `into`. */
export function addCounts(into: ReportCounts, part: ReportCounts): ReportCounts {
  into.views += part.views;
  into.formOpens += part.formOpens;
  into.signups += part.signups;
  into.ready += part.ready;
  for (const role of ROLES) into.byRole[role] += part.byRole[role];
  for (const locale of LOCALES) into.byLocale[locale] += part.byLocale[locale];
  part.daily.forEach((n, i) => (into.daily[i] = (into.daily[i] ?? 0) + n));
  return into;
}

/**
 * A table's rows, most signups first (then views, then name), its total over every row, and
 * past MAX_ROWS the rest folded into one row, so a flood of made-up campaign words cannot make
 * the page endless.
 */
export function tableOf(
  rows: ReportRow[],
  days: number,
  othersLabel: (count: number) => string,
): ReportTable {
  const sorted = [...rows].sort(
    (a, b) => b.signups - a.signups || b.views - a.views || a.label.localeCompare(b.label, "en"),
  );
  const total = sorted.reduce((sum, row) => addCounts(sum, row), zeroCounts(days));
  if (sorted.length <= MAX_ROWS) return { rows: sorted, total };
  const shown = sorted.slice(0, MAX_ROWS - 1);
  const rest = sorted.slice(MAX_ROWS - 1);
  const others = rest.reduce((sum, row) => addCounts(sum, row), zeroCounts(days));
  return { rows: [...shown, { ...others, key: null, label: othersLabel(rest.length) }], total };
}
