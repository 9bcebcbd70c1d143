import type { Metadata } from "next";
import { getStaffMessages } from "@/lib/messages";
import { TemplateEditorPage } from "../editor-page";

export const metadata: Metadata = { title: getStaffMessages().admin.templates.newTitle };

export default function NewTemplatePage() {
  return <TemplateEditorPage path="/admin/messages/new" id={null} />;
}
