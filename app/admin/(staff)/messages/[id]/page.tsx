import type { Metadata } from "next";
import { getStaffMessages } from "@/lib/messages";
import { TemplateEditorPage } from "../editor-page";

export const metadata: Metadata = { title: getStaffMessages().admin.templates.editTitle };

type Props = { params: Promise<{ id: string }> };

export default async function EditTemplatePage({ params }: Props) {
  const { id } = await params;
  return <TemplateEditorPage path={`/admin/messages/${encodeURIComponent(id)}`} id={id} />;
}
