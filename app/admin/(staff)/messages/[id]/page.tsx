import type { Metadata } from "next";
import { getMessages } from "@/lib/messages";
import { TemplateEditorPage } from "../editor-page";

export const metadata: Metadata = { title: getMessages().admin.templates.editTitle };

type Props = { params: Promise<{ id: string }> };

export default async function EditTemplatePage({ params }: Props) {
  const { id } = await params;
  return <TemplateEditorPage path={`/admin/messages/${encodeURIComponent(id)}`} id={id} />;
}
