import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "../auth/audit";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import { getEnv } from "../config/env";
import type { Db } from "../db/client";
import { endOfLocalDay, startOfLocalDay } from "../time/zoned";
import { getStaffMessages } from "../messages";
import { actorName, auditSentence, isSignupAction, type AuditNames } from "./audit-sentence";
import { NO_ACTOR, type AuditView } from "./audit-view";
import { staffName } from "./staff-name";

// The audit log as admins read it: newest first, a page at a time by id (keyset), each event
// in a sentence with current names and, when it is about a signup that still exists, a way to it.

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryRow = {
  id: string;
  createdAt: Date;
  action: AuditAction;
  /** Who did it, by current name ("The system" when no one signed in did). */
  actorName: string;
  /** What happened, in one sentence with names and no ids. */
  sentence: string;
  /** The signup it is about, when that signup still exists: a way to it. */
  signupId: string | null;
  /** For admins who need it: the action's code, the subject's id and the detail. */
  technical: string;
};

export type AuditPage = { entries: AuditEntryRow[]; nextBefore: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The detail as "key: value" pairs; it holds ids, statuses, counts and filters, never personal data. */
export function describeDetail(detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail !== "object" || Array.isArray(detail)) return JSON.stringify(detail);
  return Object.entries(detail as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("; ");
}

type Row = { action: string; actorId: string | null; subject: string | null; detail: unknown };

/** Every id a page's sentences name: staff (actors, subjects, assignees), signups, templates. */
function idsOf(rows: Row[]) {
  const staff = new Set<string>();
  const uuids = new Set<string>();
  for (const row of rows) {
    const detail = (row.detail ?? {}) as Record<string, unknown>;
    for (const id of [row.actorId, row.subject, detail.assigneeId, detail.to]) {
      if (typeof id === "string" && id) staff.add(id);
    }
    for (const id of [row.subject, detail.templateId]) {
      if (typeof id === "string" && UUID.test(id)) uuids.add(id);
    }
  }
  return { staff: [...staff], uuids: [...uuids] };
}

/** The names as they are now: the log keeps ids, so a renamed or deleted row reads as it is. */
async function namesOf(db: Db, rows: Row[]): Promise<AuditNames> {
  const ids = idsOf(rows);
  const [members, signups, templates] = await Promise.all([
    db.staffUser.findMany({
      where: { id: { in: ids.staff } },
      select: { id: true, name: true, email: true },
    }),
    db.signup.findMany({
      where: { id: { in: ids.uuids } },
      select: { id: true, firstName: true, lastName: true, anonymizedAt: true },
    }),
    db.messageTemplate.findMany({ where: { id: { in: ids.uuids } }, select: { id: true, name: true } }),
  ]);
  const templateNames = new Map(templates.map((template) => [template.id, template.name]));
  // A deleted template is named as its last save recorded it.
  const deleted = ids.uuids.filter((id) => !templateNames.has(id) && !signups.some((s) => s.id === id));
  if (deleted.length > 0) {
    const saves = await db.auditEvent.findMany({
      where: {
        subject: { in: deleted },
        action: { in: ["message_template_created", "message_template_changed"] },
      },
      orderBy: { id: "desc" },
      select: { subject: true, detail: true },
    });
    for (const save of saves) {
      const name = (save.detail as { name?: unknown } | null)?.name;
      if (save.subject && typeof name === "string" && !templateNames.has(save.subject)) {
        templateNames.set(save.subject, name);
      }
    }
  }
  return {
    staff: new Map(members.map((member) => [member.id, staffName(member)])),
    signups: new Map(
      signups.map((s) => [s.id, s.anonymizedAt ? null : `${s.firstName} ${s.lastName}`.trim()]),
    ),
    templates: templateNames,
  };
}

/** The view's days are the organization's (ORG_TIME_ZONE), as the times in the log. */
function whereOf(view: AuditView, timeZone = getEnv().ORG_TIME_ZONE): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (view.actor) where.actorId = view.actor === NO_ACTOR ? null : view.actor;
  if (view.action) where.action = view.action;
  if (view.from || view.to) {
    where.createdAt = {
      ...(view.from ? { gte: startOfLocalDay(view.from, timeZone) } : {}),
      ...(view.to ? { lt: endOfLocalDay(view.to, timeZone) } : {}),
    };
  }
  if (view.before) where.id = { lt: BigInt(view.before) };
  return where;
}

export async function listAuditEvents(db: Db, staff: StaffContext, view: AuditView): Promise<AuditPage> {
  assertRole(staff, "admin");
  const rows = await db.auditEvent.findMany({
    where: whereOf(view),
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, createdAt: true, action: true, actorId: true, subject: true, detail: true },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const names = await namesOf(db, page);
  const messages = getStaffMessages();
  const words = { ...messages.admin, stepTitles: messages.onboarding.steps };
  return {
    entries: page.map((row) => {
      const entry = { ...row, action: row.action as AuditAction };
      return {
        id: row.id.toString(),
        createdAt: row.createdAt,
        action: entry.action,
        actorName: actorName(row.actorId, names, words.audit, row.detail),
        sentence: auditSentence(entry, names, words),
        signupId:
          isSignupAction(entry.action) && row.subject && names.signups.has(row.subject) ? row.subject : null,
        technical: [row.action, row.subject, describeDetail(row.detail)].filter(Boolean).join(" · "),
      };
    }),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}

/** Everyone who can appear as an actor, for the person filter (deactivated accounts too). */
export async function listAuditActors(db: Db, staff: StaffContext): Promise<{ id: string; name: string }[]> {
  assertRole(staff, "admin");
  const members = await db.staffUser.findMany({
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return members.map((member) => ({ id: member.id, name: staffName(member) }));
}
