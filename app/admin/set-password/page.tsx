import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { getStaffMessages } from "@/lib/messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getStaffMessages().admin.setPassword.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where `admin:create`, invitation and reset links lead: the token is checked when it is used. */
export default async function SetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const messages = getStaffMessages().admin.setPassword;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      <p className="mt-4">{messages.lead}</p>
      <SetPasswordForm token={typeof token === "string" ? token : ""} messages={messages} />
    </div>
  );
}
