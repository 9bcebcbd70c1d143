import { exportSignups } from "@/lib/admin/signup-export";
import { parseSignupView } from "@/lib/admin/signup-view";
import { staffDeps } from "@/lib/auth/app-auth";
import { AccessError } from "@/lib/auth/errors";
import { requireStaff } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";

// The CSV of the signups list's current view (same query string). A download, not a page: a
// refused request gets a bare 401 or 403, never a redirect carrying data.

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
