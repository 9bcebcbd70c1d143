"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/app-auth";
import { staffAction } from "../staff-access";

/** Ends this browser's session (its row and its cookie). */
export async function signOutAction(): Promise<void> {
  await staffAction({ isEnrolmentPage: true }, async () => {
    // Audited by the sign-out hook (lib/auth/auth-hooks.ts).
    await getAuth().api.signOut({ headers: await headers() });
    return { status: "ok" };
  });
  redirect("/admin/login?signedOut=1");
}
