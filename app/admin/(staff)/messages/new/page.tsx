import type { Metadata } from "next";
import { getMessages } from "@/lib/messages";
import { TemplateEditorPage } from "../editor-page";

export const metadata: Metadata = { title: getMessages().admin.templates.newTitle };

export default function NewTemplatePage() {
  return <TemplateEditorPage path="/admin/messages/new" id={null} />;
}
