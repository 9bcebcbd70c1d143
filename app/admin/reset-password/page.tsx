import type { Metadata } from "next";
import { RequestResetForm } from "@/components/admin/request-reset-form";
import { getStaffMessages } from "@/lib/messages";

export const metadata: Metadata = { title: getStaffMessages().admin.reset.title };

export default function ResetPasswordPage() {
  const messages = getStaffMessages().admin.reset;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      <p className="mt-4">{messages.lead}</p>
      <RequestResetForm messages={messages} />
    </div>
  );
}
