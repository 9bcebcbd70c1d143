"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import QRCode from "qrcode";
import { DISPLAY_NAME_MAX, DisplayNameSchema } from "@/lib/admin/display-name-form";
import { getAuth, staffDeps } from "@/lib/auth/app-auth";
import { setOwnDisplayName } from "@/lib/auth/staff-accounts";
import { getStaffMessages, plural } from "@/lib/messages";
import type { ActionResult } from "@/lib/admin/action-result";
import { staffAction } from "../../staff-access";

// The signed-in staff member's own account. Each goes through better-auth's own endpoints
// (auth.api), which check the session again, count wrong passwords toward the sign-in pause
// and write the audit log (lib/auth/auth-hooks.ts); enrolment is allowed before two-factor is on.

const words = () => getStaffMessages().admin;
const onOwnAccount = { isEnrolmentPage: true };

function passwordError(error: unknown): ActionResult {
  if (!(error instanceof APIError)) throw error;
  const { code, message: detail } = (error.body ?? {}) as { code?: string; message?: string };
  const m = words();
  const message =
    code === "ACCOUNT_LOCKED"
      ? plural("en", m.account.paused, Number(detail) || 15)
      : code === "PASSWORD_COMMON"
        ? m.setPassword.common
        : code === "PASSWORD_TOOSHORT"
          ? m.setPassword.tooShort
          : code === "PASSWORD_TOOLONG"
            ? m.setPassword.tooLong
            : m.account.wrongPassword;
  return { status: "invalid", message };
}

export async function changePasswordAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return staffAction(onOwnAccount, async () => {
    try {
      await getAuth().api.changePassword({
        body: {
          currentPassword: String(form.get("currentPassword") ?? ""),
          newPassword: String(form.get("newPassword") ?? ""),
          revokeOtherSessions: true,
        },
        headers: await headers(),
      });
    } catch (error) {
      return passwordError(error);
    }
    return { status: "ok", message: words().account.passwordChanged };
  });
}

export type EnrolmentResult = ActionResult & { qrSvg?: string; secret?: string; backupCodes?: string[] };

export async function startTwoFactorAction(
  _: EnrolmentResult | null,
  form: FormData,
): Promise<EnrolmentResult> {
  return staffAction(onOwnAccount, async () => {
    try {
      const enabled = await getAuth().api.enableTwoFactor({
        body: { password: String(form.get("password") ?? ""), method: "totp" },
        headers: await headers(),
      });
      if (enabled.method !== "totp") return { status: "error" };
      const { totpURI, backupCodes } = enabled;
      const secret = new URL(totpURI).searchParams.get("secret") ?? "";
      const qrSvg = await QRCode.toString(totpURI, { type: "svg", margin: 1, width: 220 });
      return { status: "ok", qrSvg, secret, backupCodes };
    } catch (error) {
      return passwordError(error);
    }
  });
}

export async function confirmTwoFactorAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return staffAction(onOwnAccount, async () => {
    try {
      await getAuth().api.verifyTOTP({
        body: { code: String(form.get("code") ?? "").replace(/\s/g, "") },
        headers: await headers(),
      });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      if (error.body?.code === "ACCOUNT_LOCKED") return passwordError(error);
      return { status: "invalid", message: words().login.codeFailed };
    }
    return { status: "ok", message: words().account.twoFactorOn };
  });
}

export async function disableTwoFactorAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return staffAction(onOwnAccount, async () => {
    try {
      await getAuth().api.disableTwoFactor({
        body: { password: String(form.get("password") ?? "") },
        headers: await headers(),
      });
    } catch (error) {
      return passwordError(error);
    }
    return { status: "ok" };
  });
}

export async function signOutOthersAction(): Promise<ActionResult> {
  return staffAction(onOwnAccount, async () => {
    await getAuth().api.revokeOtherSessions({ headers: await headers() });
    return { status: "ok", message: words().account.othersSignedOut };
  });
}

export async function setDisplayNameAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return staffAction(onOwnAccount, async (staff) => {
    const parsed = DisplayNameSchema.safeParse({ name: String(form.get("name") ?? "") });
    const m = words().account;
    if (!parsed.success) {
      return { status: "invalid", message: plural("en", m.displayNameInvalid, DISPLAY_NAME_MAX) };
    }
    await setOwnDisplayName(staffDeps(), staff, parsed.data.name);
    // The navigation (the staff layout) names the member too.
    revalidatePath("/admin", "layout");
    return { status: "ok", message: m.displayNameSaved };
  });
}
