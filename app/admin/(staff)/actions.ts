"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth, staffDeps } from "@/lib/auth/app-auth";
import { recordAudit } from "@/lib/auth/audit";
import { staffAction } from "../staff-access";

/** Ends this browser's session (its row and its cookie). */
export async function signOutAction(): Promise<void> {
  await staffAction({ isEnrolmentPage: true }, async (staff) => {
    await getAuth().api.signOut({ headers: await headers() });
    await recordAudit(staffDeps().db, { actorId: staff.userId, action: "sign_out" });
    return { status: "ok" };
  });
  redirect("/admin/login?signedOut=1");
}
