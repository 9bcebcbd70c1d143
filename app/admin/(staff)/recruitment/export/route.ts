import { exportRecruitmentReport } from "@/lib/attribution/report-export";
import { parseReportPeriod } from "@/lib/attribution/report-period";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { localDay } from "@/lib/time/zoned";
import { staffForDownload } from "@/app/admin/staff-access";

// The recruitment report's CSV for the page's days (same query string). A download, not a page:
// a refused request gets a bare 401 or 403, days that cannot be read a bare 400.

export async function GET(request: Request): Promise<Response> {
  const staff = await staffForDownload(request.headers);
  if (staff instanceof Response) return staff;
  const timeZone = getEnv().ORG_TIME_ZONE;
  const today = localDay(new Date(), timeZone);
  const parsed = parseReportPeriod(new URL(request.url).searchParams, today);
  if (!parsed.ok) return new Response(null, { status: 400, headers: { "Cache-Control": "no-store" } });
  const messages = getStaffMessages().admin;
  const { fileName, body } = await exportRecruitmentReport(
    getDb(),
    staff,
    parsed.period,
    { recruitment: messages.recruitment, roles: messages.signupList.roles },
    { timeZone, today },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
