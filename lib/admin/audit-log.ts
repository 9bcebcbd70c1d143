import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "../auth/audit";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import { getEnv } from "../config/env";
import type { Db } from "../db/client";
import { endOfLocalDay, startOfLocalDay } from "../time/zoned";
import { NO_ACTOR, type AuditView } from "./audit-view";

// The audit log as admins read it: newest first, a page at a time by id (keyset), each event
// with its actor's name and, when it is about a signup that still exists, a way to it.

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryRow = {
  id: string;
  createdAt: Date;
  action: AuditAction;
  /** null: no one signed in (a failed sign-in) or the system (retention). */
  actor: { id: string; name: string } | null;
  /** The actor's id when the account no longer exists. */
  formerActorId: string | null;
  subject: string | null;
  /** The subject is a signup that still exists. */
  isSignup: boolean;
  /** The subject is a staff account (a role change, an invitation): its name. */
  subjectStaffName: string | null;
  detail: string;
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
  // Actors, and subjects that are staff accounts, named in one query.
  const staffIds = [
    ...new Set(page.flatMap((row) => [row.actorId, row.subject].filter((id): id is string => Boolean(id)))),
  ];
  const signupIds = [
    ...new Set(page.flatMap((row) => (row.subject && UUID.test(row.subject) ? [row.subject] : []))),
  ];
  const [actors, signups] = await Promise.all([
    db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true, email: true } }),
    db.signup.findMany({ where: { id: { in: signupIds } }, select: { id: true } }),
  ]);
  const names = new Map(actors.map((actor) => [actor.id, actor.name || actor.email]));
  const existing = new Set(signups.map((signup) => signup.id));
  return {
    entries: page.map((row) => {
      const name = row.actorId ? names.get(row.actorId) : undefined;
      return {
        id: row.id.toString(),
        createdAt: row.createdAt,
        action: row.action as AuditAction,
        actor: row.actorId && name !== undefined ? { id: row.actorId, name } : null,
        formerActorId: row.actorId && name === undefined ? row.actorId : null,
        subject: row.subject,
        isSignup: row.subject !== null && existing.has(row.subject),
        subjectStaffName: (row.subject && names.get(row.subject)) ?? null,
        detail: describeDetail(row.detail),
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
  return members.map((member) => ({ id: member.id, name: member.name || member.email }));
}
