import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { safeNextPath } from "@/lib/admin/safe-next";
import { staffDeps } from "@/lib/auth/app-auth";
import { findStaff } from "@/lib/auth/staff-session";
import { getStaffMessages } from "@/lib/messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getStaffMessages().admin.login.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const query = await searchParams;
  const next = safeNextPath(query.next);
  if (await findStaff(staffDeps(), await headers())) redirect(next);
  const messages = getStaffMessages().admin.login;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      {query.signedOut ? (
        <p className="mt-4 rounded-md bg-white p-4 shadow-sm" role="status">
          {messages.signedOut}
        </p>
      ) : null}
      <SignInForm next={next} messages={messages} />
      <p className="mt-6">
        <a href="/admin/reset-password">{messages.forgot}</a>
      </p>
    </div>
  );
}
