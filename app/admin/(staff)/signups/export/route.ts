import { exportSignups } from "@/lib/admin/signup-export";
import { parseSignupView } from "@/lib/admin/signup-view";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { staffForDownload } from "@/app/admin/staff-access";

// The CSV of the signups list's current view (same query string). A download, not a page: a
// refused request gets a bare 401 or 403, never a redirect carrying data.

export async function GET(request: Request): Promise<Response> {
  const staff = await staffForDownload(request.headers);
  if (staff instanceof Response) return staff;
  const view = parseSignupView(new URL(request.url).searchParams);
  const { fileName, body } = exportSignups(getDb(), staff, view, getStaffMessages());
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
