import { csvLine, UTF8_BOM, type Cell } from "../admin/csv-text";
import { LOCALES } from "../i18n/languages";
import { format } from "../messages/format";
import { ROLES } from "../signup/options";
import { suppressed, suppressedRateText } from "./report-figures";
import {
  REPORT_DIMENSIONS,
  type RecruitmentReport,
  type ReportCounts,
  type ReportWordsFor,
} from "./report-tables";

// The recruitment report as a CSV: one line per row of each table and its total, the counts
// that leave the app with any number below 5 written "<5" (issue 24), and a rate only where both
// of its counts are 5 or more. Written with the exports' own CSV writer (lib/admin/csv-text.ts:
// formulas neutralised, RFC 4180 quoting, a BOM for spreadsheets). Pure.

type Words = ReportWordsFor;

export function reportCsvHeader({ recruitment: w, roles }: Words): string[] {
  const c = w.columns;
  return [
    w.csv.table,
    w.csv.row,
    w.csv.key,
    c.views,
    c.formOpens,
    c.signups,
    ...ROLES.map((role) => `${c.signups}: ${roles[role]}`),
    ...LOCALES.map((locale) => `${c.signups}: ${w.languages[locale as keyof typeof w.languages] ?? locale}`),
    c.ready,
    format(w.csv.rateNote, { rate: c.opensPerView }),
    format(w.csv.rateNote, { rate: c.signupsPerOpen }),
    format(w.csv.rateNote, { rate: c.signupsPerView }),
  ];
}

function countCells(row: ReportCounts): Cell[] {
  return [
    suppressed(row.views),
    suppressed(row.formOpens),
    suppressed(row.signups),
    ...ROLES.map((role) => suppressed(row.byRole[role])),
    ...LOCALES.map((locale) => suppressed(row.byLocale[locale])),
    suppressed(row.ready),
    suppressedRateText(row.formOpens, row.views),
    suppressedRateText(row.signups, row.formOpens),
    suppressedRateText(row.signups, row.views),
  ];
}

/** Every table's rows then its total, as CSV records (the header first). */
export function reportCsvRecords(report: RecruitmentReport, words: Words): Cell[][] {
  const w = words.recruitment;
  const records: Cell[][] = [reportCsvHeader(words)];
  for (const dim of REPORT_DIMENSIONS) {
    const table = report.tables[dim];
    const name = w.csv.tables[dim];
    for (const row of table.rows) records.push([name, row.label, row.key ?? "", ...countCells(row)]);
    records.push([name, w.total, "", ...countCells(table.total)]);
  }
  return records;
}

export function reportCsv(report: RecruitmentReport, words: Words): string {
  return UTF8_BOM + reportCsvRecords(report, words).map(csvLine).join("");
}
