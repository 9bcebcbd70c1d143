"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/admin/action-result";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { templateFieldErrors, type TemplateResult } from "@/lib/outreach/template-errors";
import { deleteTemplate, saveTemplate } from "@/lib/outreach/templates";
import { staffAction } from "../../staff-access";

// Admins' changes to message templates. saveTemplate parses the form itself (the editor's one
// schema) and audits; a refusal answers in general words, never with the template or the form.

const asAdmin = { role: "admin" as const };
const words = () => getStaffMessages().admin.templates.errors;
const DeleteFormSchema = z.object({ id: z.uuid() });

function refused(result: ActionResult): TemplateResult {
  if (result.status === "signed_out") return { status: "signed_out", message: words().signedOut };
  if (result.status === "forbidden") return { status: "forbidden", message: words().forbidden };
  return result;
}

function done(outcome: "saved" | "deleted"): never {
  revalidatePath("/admin/messages");
  redirect(`/admin/messages?outcome=${outcome}`);
}

export async function saveTemplateAction(_: TemplateResult | null, form: FormData): Promise<TemplateResult> {
  const m = words();
  const result = await staffAction<TemplateResult>(asAdmin, async (staff) => {
    const input = Object.fromEntries(form);
    const outcome = await saveTemplate(getDb(), staff, input);
    switch (outcome.kind) {
      case "saved":
        return { status: "ok" };
      case "invalid":
        return {
          status: "invalid",
          message: m.invalid,
          fieldErrors: templateFieldErrors(outcome.fieldErrors, input, m),
        };
      case "taken":
        return {
          status: "invalid",
          message: m.invalid,
          fieldErrors: { [outcome.field]: outcome.field === "name" ? m.nameTaken : m.statusTaken },
        };
      case "stale":
        return { status: "invalid", message: m.stale };
      case "not_found":
        return { status: "invalid", message: m.notFound };
    }
  });
  if (result.status !== "ok") return refused(result);
  done("saved");
}

export async function deleteTemplateAction(
  _: TemplateResult | null,
  form: FormData,
): Promise<TemplateResult> {
  const result = await staffAction<TemplateResult>(asAdmin, async (staff) => {
    const input = DeleteFormSchema.safeParse(Object.fromEntries(form));
    const isDeleted = input.success && (await deleteTemplate(getDb(), staff, input.data.id));
    return isDeleted ? { status: "ok" } : { status: "invalid", message: words().notFound };
  });
  if (result.status !== "ok") return refused(result);
  done("deleted");
}
