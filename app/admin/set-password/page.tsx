import type { Metadata } from "next";
import { DeadPasswordLink } from "@/components/admin/dead-password-link";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { isPasswordLinkLive } from "@/lib/auth/password-links";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getStaffMessages().admin.setPassword.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where `admin:create`, invitation and reset links lead. A dead link says so at once, with what
 * to do; a live one is checked again when it is used.
 */
export default async function SetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const link = typeof token === "string" ? token : "";
  const messages = getStaffMessages().admin.setPassword;
  const isLive = await isPasswordLinkLive(getDb(), link);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      {isLive ? (
        <>
          <p className="mt-4">{messages.lead}</p>
          <SetPasswordForm token={link} messages={messages} />
        </>
      ) : (
        <DeadPasswordLink messages={messages} />
      )}
    </div>
  );
}
