import type { Metadata } from "next";
import { StaffAccounts } from "@/components/admin/staff-accounts";
import { staffDeps } from "@/lib/auth/app-auth";
import { listStaff } from "@/lib/auth/staff-accounts";
import { isTwoFactorRequired } from "@/lib/auth/staff-settings";
import { getStaffMessages } from "@/lib/messages";
import { staffForPage } from "../../staff-access";
import { changeStaffAction, inviteAction, requireTwoFactorAction, resetTwoFactorAction } from "./actions";

export const metadata: Metadata = { title: getStaffMessages().admin.staff.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  const staff = await staffForPage("/admin/staff", { role: "admin" });
  const deps = staffDeps();
  const [members, isRequired, { outcome }] = await Promise.all([
    listStaff(deps, staff),
    isTwoFactorRequired(deps.db),
    searchParams,
  ]);
  return (
    <StaffAccounts
      members={members.map((member) => ({ ...member, isSelf: member.id === staff.userId }))}
      isTwoFactorRequired={isRequired}
      outcome={typeof outcome === "string" ? outcome : undefined}
      messages={getStaffMessages().admin}
      actions={{
        invite: inviteAction,
        change: changeStaffAction,
        resetTwoFactor: resetTwoFactorAction,
        requireTwoFactor: requireTwoFactorAction,
      }}
    />
  );
}
