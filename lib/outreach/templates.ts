import "server-only";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { SignupStatus } from "../generated/prisma/enums";
import { StoredTextsSchema, TemplateFormSchema, textsOf, type TemplateForm } from "./template-form";
import type { TemplateTexts } from "./template-text";

// Message templates: every staff member sends them, admins write them. The audit log gets
// the template's id and name, never its text.

export type MessageTemplate = {
  id: string;
  name: string;
  forStatus: SignupStatus | null;
  texts: TemplateTexts;
  version: number;
  updatedAt: Date;
};

const SELECT = {
  id: true,
  name: true,
  forStatus: true,
  texts: true,
  version: true,
  updatedAt: true,
} as const;

function toTemplate(row: Prisma.MessageTemplateGetPayload<{ select: typeof SELECT }>): MessageTemplate {
  return { ...row, texts: StoredTextsSchema.parse(row.texts) };
}

export async function listTemplates(db: Db, staff: StaffContext): Promise<MessageTemplate[]> {
  assertRole(staff, "reviewer");
  const rows = await db.messageTemplate.findMany({ select: SELECT, orderBy: { name: "asc" } });
  return rows.map(toTemplate);
}

export async function getTemplate(db: Db, staff: StaffContext, id: string): Promise<MessageTemplate | null> {
  assertRole(staff, "reviewer");
  const row = await db.messageTemplate.findUnique({ where: { id }, select: SELECT });
  return row ? toTemplate(row) : null;
}

export type SaveOutcome =
  | { kind: "saved"; id: string }
  | { kind: "stale" | "not_found" }
  | { kind: "taken"; field: "name" | "forStatus" }
  /** Each field's problems: codes such as "placeholder", "brace", "pair", or zod's own. */
  | { kind: "invalid"; fieldErrors: Record<string, string[]> };

/**
 * Creates a template (no id) or changes one at the version the editor read. The form is parsed
 * here, so no caller can store a text with an unknown placeholder.
 */
export async function saveTemplate(
  db: Db,
  staff: StaffContext,
  input: Record<string, unknown>,
): Promise<SaveOutcome> {
  assertRole(staff, "admin");
  const parsed = TemplateFormSchema.safeParse(input);
  if (!parsed.success) {
    return { kind: "invalid", fieldErrors: parsed.error.flatten().fieldErrors as Record<string, string[]> };
  }
  return store(db, staff, parsed.data);
}

async function store(db: Db, staff: StaffContext, form: TemplateForm): Promise<SaveOutcome> {
  const data = { name: form.name, forStatus: form.forStatus, texts: textsOf(form) as Prisma.InputJsonValue };
  try {
    return await db.$transaction(async (tx) => {
      let id = form.id;
      if (id === null) {
        id = (await tx.messageTemplate.create({ data, select: { id: true } })).id;
      } else {
        const changed = await tx.messageTemplate.updateMany({
          where: { id, version: form.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (changed.count === 0) {
          const exists = await tx.messageTemplate.findUnique({ where: { id }, select: { id: true } });
          return { kind: exists ? "stale" : "not_found" };
        }
      }
      await recordAudit(tx, {
        actorId: staff.userId,
        action: form.id === null ? "message_template_created" : "message_template_changed",
        subject: id,
        detail: { name: form.name, forStatus: form.forStatus, languages: Object.keys(data.texts as object) },
      });
      return { kind: "saved", id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      return {
        kind: "taken",
        field: target.includes("for_status") || target.includes("forStatus") ? "forStatus" : "name",
      };
    }
    throw error;
  }
}

/** Messages already sent keep their text; they lose only the link to the template. */
export async function deleteTemplate(db: Db, staff: StaffContext, id: string): Promise<boolean> {
  assertRole(staff, "admin");
  return db.$transaction(async (tx) => {
    const deleted = await tx.messageTemplate.deleteMany({ where: { id } });
    if (deleted.count === 0) return false;
    await recordAudit(tx, { actorId: staff.userId, action: "message_template_deleted", subject: id });
    return true;
  });
}
