import type { Metadata } from "next";
import { Notice } from "@/components/admin/field";
import { TemplateList } from "@/components/admin/template-list";
import { formatTime } from "@/lib/admin/record-time";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { languageName } from "@/lib/i18n/language-name";
import { getStaffMessages } from "@/lib/messages";
import { listTemplates } from "@/lib/outreach/templates";
import { staffForPage } from "../../staff-access";

export const metadata: Metadata = { title: getStaffMessages().admin.templates.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MessagesPage({ searchParams }: Props) {
  const staff = await staffForPage("/admin/messages");
  const [templates, { outcome }] = await Promise.all([listTemplates(getDb(), staff), searchParams]);
  const admin = getStaffMessages().admin;
  const m = admin.templates;
  const timeZone = getEnv().ORG_TIME_ZONE;
  const isAdmin = staff.role === "admin";
  const notice = outcome === "saved" || outcome === "deleted" ? m.outcomes[outcome] : null;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <p className="mt-2">{m.lead}</p>
      {isAdmin ? (
        <p className="mt-4">
          <a href="/admin/messages/new" className="font-semibold">
            {m.new}
          </a>
        </p>
      ) : (
        <p className="mt-2 text-muted">{m.readOnly}</p>
      )}
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      <TemplateList
        rows={templates.map((template) => ({
          id: template.id,
          name: template.name,
          status: template.forStatus ? admin.signupList.statuses[template.forStatus] : null,
          languages: Object.keys(template.texts)
            .filter((code) => template.texts[code])
            .map((code) => languageName(code, "en"))
            .join(", "),
          updated: formatTime(template.updatedAt, timeZone),
        }))}
        canEdit={isAdmin}
        messages={m}
      />
    </>
  );
}
