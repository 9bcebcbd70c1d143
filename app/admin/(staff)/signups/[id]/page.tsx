import { notFound } from "next/navigation";
import { getSignupRecord } from "@/lib/admin/signup-record";
import { getDb } from "@/lib/db/client";
import { getMessages } from "@/lib/messages";
import { staffForPage } from "../../../staff-access";

type Props = { params: Promise<{ id: string }> };

export default async function SignupRecordPage({ params }: Props) {
  const { id } = await params;
  const staff = await staffForPage(`/admin/signups/${encodeURIComponent(id)}`);
  const record = await getSignupRecord(getDb(), staff, id, getMessages().forms);
  if (!record) notFound();
  const roles = getMessages().roles;
  return (
    <article>
      <h1 className="text-3xl font-bold text-brand">{record.name}</h1>
      <p className="mt-2 text-muted">
        {roles[record.role].title} · {record.status} · {record.createdAt.toISOString().slice(0, 10)}
      </p>
      <dl className="mt-6 divide-y divide-black/10 rounded-lg bg-white p-5 shadow-sm">
        {record.answers.map((line) => (
          <div key={line.name} className="grid gap-1 py-3 sm:grid-cols-3">
            <dt className="font-medium">{line.label}</dt>
            <dd className="whitespace-pre-line sm:col-span-2">{line.value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
