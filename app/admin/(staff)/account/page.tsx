import type { Metadata } from "next";
import { AccountForms } from "@/components/admin/account-forms";
import { listOwnSessions } from "@/lib/admin/own-sessions";
import { sessionLabel } from "@/lib/admin/session-label";
import { formatTime } from "@/lib/admin/record-time";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { staffForPage } from "../../staff-access";
import {
  changePasswordAction,
  setDisplayNameAction,
  confirmTwoFactorAction,
  disableTwoFactorAction,
  signOutOthersAction,
  startTwoFactorAction,
} from "./actions";

export const metadata: Metadata = { title: getStaffMessages().admin.account.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const staff = await staffForPage("/admin/account", { isEnrolmentPage: true });
  const env = getEnv();
  const timeZone = env.ORG_TIME_ZONE;
  const { twoFactor } = await searchParams;
  const sessions = await listOwnSessions(getDb(), staff);
  const messages = getStaffMessages().admin;
  const now = new Date();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{messages.account.title}</h1>
      <AccountForms
        name={staff.name}
        email={staff.email}
        orgName={env.ORG_NAME}
        isTwoFactorEnabled={staff.twoFactorEnabled}
        isTwoFactorRequired={twoFactor === "required" && !staff.twoFactorEnabled}
        sessions={sessions.map((s) => ({
          id: s.id,
          isCurrent: s.isCurrent,
          label: sessionLabel(s, now, messages.account),
          signedIn: formatTime(s.createdAt, timeZone),
        }))}
        messages={messages}
        actions={{
          setDisplayName: setDisplayNameAction,
          changePassword: changePasswordAction,
          startTwoFactor: startTwoFactorAction,
          confirmTwoFactor: confirmTwoFactorAction,
          disableTwoFactor: disableTwoFactorAction,
          signOutOthers: signOutOthersAction,
        }}
      />
    </>
  );
}
