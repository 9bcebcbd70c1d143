"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffDeps } from "@/lib/auth/app-auth";
import { STAFF_ROLES } from "@/lib/auth/auth";
import { cancelInvitation, inviteStaff, resendInvitation } from "@/lib/auth/staff-invitations";
import {
  liftSignInLock,
  requireTwoFactorForAll,
  resetStaffTwoFactor,
  setStaffActive,
  setStaffRole,
  signOutStaffEverywhere,
  StaffAccountError,
} from "@/lib/auth/staff-accounts";
import { staffAction } from "../../staff-access";

// Admins' changes to staff accounts. Each answers by coming back to the page with a notice,
// so they also work without JavaScript; lib/auth/staff-accounts.ts checks the role again.

const asAdmin = { role: "admin" as const };
const InviteSchema = z.object({
  name: z.string().trim().max(120),
  email: z.email().trim().toLowerCase().max(254),
  role: z.enum(STAFF_ROLES),
});
const ChangeSchema = z.object({
  userId: z.string().min(1).max(100),
  change: z.enum(["deactivate", "reactivate", "admin", "reviewer", "lift", "signout", "resend", "cancel"]),
});
const ResetTwoFactorSchema = z.object({
  userId: z.string().min(1).max(100),
  code: z
    .string()
    .transform((code) => code.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/)),
});

function back(outcome: string): never {
  redirect(`/admin/staff?outcome=${outcome}`);
}

async function orBack(work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    if (error instanceof StaffAccountError) back(error.code);
    throw error;
  }
}

export async function inviteAction(form: FormData): Promise<void> {
  const result = await staffAction(asAdmin, async (staff) => {
    const input = InviteSchema.safeParse(Object.fromEntries(form));
    if (!input.success) return { status: "invalid" };
    let sent = "invited";
    await orBack(async () => (sent = await inviteStaff(staffDeps(), staff, input.data)));
    return { status: "ok", message: sent };
  });
  back(result.status === "ok" ? (result.message ?? "invited") : result.status);
}

export async function changeStaffAction(form: FormData): Promise<void> {
  const result = await staffAction(asAdmin, async (staff) => {
    const input = ChangeSchema.safeParse(Object.fromEntries(form));
    if (!input.success) return { status: "invalid" };
    const { userId, change } = input.data;
    const deps = staffDeps();
    await orBack(() =>
      change === "resend"
        ? resendInvitation(deps, staff, userId)
        : change === "cancel"
          ? cancelInvitation(deps, staff, userId)
          : change === "lift"
            ? liftSignInLock(deps, staff, userId)
            : change === "signout"
              ? signOutStaffEverywhere(deps, staff, userId)
              : change === "deactivate" || change === "reactivate"
                ? setStaffActive(deps, staff, userId, change === "reactivate")
                : setStaffRole(deps, staff, userId, change),
    );
    // The notice to come back to (the page's outcome codes).
    const notices = { signout: "signed_out_everywhere", resend: "resent", cancel: "cancelled" } as const;
    return { status: "ok", message: change in notices ? notices[change as keyof typeof notices] : "saved" };
  });
  back(result.status === "ok" ? (result.message ?? "saved") : result.status);
}

export async function resetTwoFactorAction(form: FormData): Promise<void> {
  const result = await staffAction(asAdmin, async (staff) => {
    const input = ResetTwoFactorSchema.safeParse(Object.fromEntries(form));
    if (!input.success) back("code_refused");
    const requestHeaders = await headers();
    await orBack(() => resetStaffTwoFactor(staffDeps(), staff, { ...input.data, headers: requestHeaders }));
    return { status: "ok" };
  });
  back(result.status === "ok" ? "two_factor_reset" : result.status);
}

export async function requireTwoFactorAction(form: FormData): Promise<void> {
  const result = await staffAction(asAdmin, async (staff) => {
    await requireTwoFactorForAll(staffDeps(), staff, form.get("required") === "on");
    return { status: "ok" };
  });
  back(result.status === "ok" ? "saved" : result.status);
}
