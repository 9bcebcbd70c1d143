import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { staffDeps } from "@/lib/auth/app-auth";
import { getEnv } from "@/lib/config/env";
import { isSameOrigin } from "@/lib/security/same-origin";
import { AccessError } from "@/lib/auth/errors";
import { requireStaff, type StaffContext } from "@/lib/auth/staff-session";
import type { ActionResult } from "@/lib/admin/action-result";
import type { StaffRole } from "@/lib/auth/auth";

// The edge of the staff area: the signed-in staff member for a page, or the answer a browser
// needs (sign in and come back, enrol in two-factor sign-in, or 403). The data functions in
// lib/ check again for themselves.

export async function staffForPage(
  path: string,
  options: { role?: StaffRole; isEnrolmentPage?: boolean } = {},
): Promise<StaffContext> {
  try {
    return await requireStaff(staffDeps(), await headers(), options);
  } catch (error) {
    if (!(error instanceof AccessError)) throw error;
    if (error.code === "signed_out") redirect(`/admin/login?next=${encodeURIComponent(path)}`);
    if (error.code === "needs_two_factor") redirect("/admin/account?twoFactor=required");
    forbidden();
  }
}

/**
 * The signed-in staff member for a download (a route, not a page), or the answer to send
 * instead: a bare 401 or 403, never a redirect carrying data.
 */
export async function staffForDownload(requestHeaders: Headers): Promise<StaffContext | Response> {
  try {
    return await requireStaff(staffDeps(), requestHeaders);
  } catch (error) {
    if (!(error instanceof AccessError)) throw error;
    return new Response(null, {
      status: error.code === "signed_out" ? 401 : 403,
      headers: { "Cache-Control": "no-store" },
    });
  }
}

/** A staff server action: the session and role are checked before `work`, whatever the page did. */
export async function staffAction<T extends ActionResult = ActionResult>(
  options: { role?: StaffRole; isEnrolmentPage?: boolean },
  work: (staff: StaffContext) => Promise<T>,
): Promise<T | ActionResult> {
  const requestHeaders = await headers();
  // Exactly SITE_URL's origin (scheme, host, port): Next.js's own check only compares hosts.
  if (!isSameOrigin({ origin: requestHeaders.get("origin"), referer: null }, getEnv().SITE_URL)) {
    return { status: "forbidden" };
  }
  let staff: StaffContext;
  try {
    staff = await requireStaff(staffDeps(), requestHeaders, options);
  } catch (error) {
    if (error instanceof AccessError)
      return { status: error.code === "forbidden" ? "forbidden" : "signed_out" };
    throw error;
  }
  return work(staff);
}
