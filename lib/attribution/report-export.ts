import "server-only";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { format } from "../messages/format";
import { getRecruitmentReport } from "./report";
import { reportCsv, reportCsvRecords } from "./report-csv";
import type { ReportPeriod } from "./report-period";
import type { ReportWordsFor } from "./report-tables";

// The recruitment report's CSV: the same figures as the page for the same days, counts below 5
// written "<5". A few hundred lines at most (MAX_ROWS per table), so it is written whole, not
// streamed. Audited as the signups export is: who, which days, how many lines.

export async function exportRecruitmentReport(
  db: Db,
  staff: StaffContext,
  period: ReportPeriod,
  words: ReportWordsFor,
  options: { timeZone: string; today: string },
): Promise<{ fileName: string; body: string }> {
  assertRole(staff, "reviewer");
  const report = await getRecruitmentReport(db, staff, period, words, options);
  const body = reportCsv(report, words);
  await recordAudit(db, {
    actorId: staff.userId,
    action: "recruitment_exported",
    detail: { from: period.from, to: period.to, rows: reportCsvRecords(report, words).length - 1 },
  });
  return {
    fileName: format(words.recruitment.csv.fileName, { from: period.from, to: period.to }),
    body,
  };
}
