import { exportRecruitmentReport } from "@/lib/attribution/report-export";
import { parseReportPeriod } from "@/lib/attribution/report-period";
import { staffDeps } from "@/lib/auth/app-auth";
import { AccessError } from "@/lib/auth/errors";
import { requireStaff } from "@/lib/auth/staff-session";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { localDay } from "@/lib/time/zoned";

// The recruitment report's CSV for the page's days (same query string). A download, not a page:
// a refused request gets a bare 401 or 403, days that cannot be read a bare 400.

export async function GET(request: Request): Promise<Response> {
  let staff;
  try {
    staff = await requireStaff(staffDeps(), request.headers);
  } catch (error) {
    if (!(error instanceof AccessError)) throw error;
    return new Response(null, {
      status: error.code === "signed_out" ? 401 : 403,
      headers: { "Cache-Control": "no-store" },
    });
  }
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
