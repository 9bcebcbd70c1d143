import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TemplateDelete } from "@/components/admin/template-delete";
import { TemplateEditor } from "@/components/admin/template-editor";
import { RECORD_STATUSES } from "@/lib/admin/record-forms";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { languageName } from "@/lib/i18n/language-name";
import { getStaffMessages } from "@/lib/messages";
import { TRANSLATED_LOCALES } from "@/lib/outreach/template-form";
import { previewRecord } from "@/lib/outreach/template-preview";
import { getTemplate } from "@/lib/outreach/templates";
import { staffForPage } from "../../staff-access";
import { deleteTemplateAction, saveTemplateAction } from "./actions";

// The editor, new (id null) or of a stored template: admins only, here and in lib/.

const LOCALES = ["en", ...TRANSLATED_LOCALES];

export async function TemplateEditorPage({ path, id }: { path: string; id: string | null }) {
  const staff = await staffForPage(path, { role: "admin" });
  if (id !== null && !z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [template, preview] = await Promise.all([
    id ? getTemplate(db, staff, id) : null,
    previewRecord(db, staff, getEnv()),
  ]);
  if (id && !template) notFound();
  const admin = getStaffMessages().admin;
  const m = admin.templates;
  const fields = Object.fromEntries(
    LOCALES.flatMap((code) => [
      [`subject_${code}`, template?.texts[code]?.subject ?? ""],
      [`body_${code}`, template?.texts[code]?.body ?? ""],
    ]),
  );
  return (
    <>
      <p>
        <a href="/admin/messages">{m.back}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand">{template ? m.editTitle : m.newTitle}</h1>
      <TemplateEditor
        template={{
          id: template?.id ?? "",
          version: template?.version ?? 0,
          name: template?.name ?? "",
          forStatus: template?.forStatus ?? "",
          fields,
        }}
        locales={LOCALES.map((code) => ({ code, name: languageName(code, "en"), isRequired: code === "en" }))}
        statuses={RECORD_STATUSES.map((status) => ({
          value: status,
          label: admin.signupList.statuses[status],
        }))}
        preview={
          preview && {
            name: preview.name,
            language: languageName(preview.locale, "en"),
            values: preview.values,
          }
        }
        messages={m}
        action={saveTemplateAction}
      />
      {template ? (
        <TemplateDelete id={template.id} name={template.name} messages={m} action={deleteTemplateAction} />
      ) : null}
    </>
  );
}
