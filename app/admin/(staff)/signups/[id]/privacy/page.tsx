import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrivacyDeleted, PrivacyRequest } from "@/components/admin/privacy-request";
import { formatDate } from "@/lib/admin/record-time";
import { getPrivacySubject } from "@/lib/admin/signup-privacy";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format, getStaffMessages, plural } from "@/lib/messages";
import { staffForPage } from "../../../../staff-access";
import { anonymiseSignupAction, deleteSignupAction } from "./actions";

export const metadata: Metadata = { title: getStaffMessages().admin.privacy.title };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PrivacyRequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await staffForPage(`/admin/signups/${encodeURIComponent(id)}/privacy`, { role: "admin" });
  const timeZone = getEnv().ORG_TIME_ZONE;
  const { outcome } = await searchParams;
  const shown = typeof outcome === "string" ? outcome : undefined;
  const messages = getStaffMessages().admin;
  const m = messages.privacy;
  const subject = await getPrivacySubject(getDb(), staff, id);
  if (!subject) {
    if (shown === "deleted" || shown === "already-deleted")
      return <PrivacyDeleted outcome={shown} messages={m} />;
    notFound();
  }
  return (
    <PrivacyRequest
      subject={{
        id: subject.id,
        name: subject.name,
        summary: format(m.subject, {
          role: messages.signupList.roles[subject.role],
          status: messages.signupList.statuses[subject.status],
          date: formatDate(subject.createdAt, timeZone),
        }),
        counts: format(m.counts, {
          notes: plural("en", m.notes, subject.notes),
          emailRecords: plural("en", m.emailRecords, subject.emails),
          historyEntries: plural("en", m.historyEntries, subject.events),
        }),
        anonymisedOn: subject.anonymizedAt ? formatDate(subject.anonymizedAt, timeZone) : null,
      }}
      outcome={shown}
      messages={m}
      actions={{ anonymise: anonymiseSignupAction, remove: deleteSignupAction }}
    />
  );
}
