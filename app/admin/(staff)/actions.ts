"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth, staffDeps } from "@/lib/auth/app-auth";
import { recordAudit } from "@/lib/auth/audit";
import { findStaff } from "@/lib/auth/staff-session";

/** Ends this browser's session (its row and its cookie). */
export async function signOutAction(): Promise<void> {
  const requestHeaders = await headers();
  const staff = await findStaff(staffDeps(), requestHeaders);
  if (staff) {
    await getAuth().api.signOut({ headers: requestHeaders });
    await recordAudit(staffDeps().db, { actorId: staff.userId, action: "sign_out" });
  }
  redirect("/admin/login?signedOut=1");
}
