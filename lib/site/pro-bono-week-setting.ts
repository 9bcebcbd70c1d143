import "server-only";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { staffName } from "../admin/staff-name";
import {
  ProBonoWeekFormSchema,
  proBonoWeekFieldErrors,
  type ProBonoWeekFieldError,
} from "./pro-bono-week-form";

// National Pro Bono Week as the site uses it: the dates and callout text an admin saved in the
// staff area, else the environment's dates (PRO_BONO_WEEK_START/END) and the catalogs' text.
// In the database so every instance reads the same; admins only change it, each change audited
// with what it was before and after.

export type ProBonoWeekEnv = { PRO_BONO_WEEK_START?: string; PRO_BONO_WEEK_END?: string };

export type ProBonoWeek = {
  /** YYYY-MM-DD, both or neither: without them there is no callout. */
  start: string | null;
  end: string | null;
  /** The callout's text per site language ({dates} for the week), or null for the catalogs'. */
  callout: { en: string; es: string } | null;
  /** Where it comes from: an admin's save, or the environment (no save, or after a reset). */
  source: "saved" | "environment";
  updatedAt: Date | null;
  updatedById: string | null;
};

export type ProBonoWeekSave =
  { kind: "saved" } | { kind: "invalid"; fieldErrors: Partial<Record<string, ProBonoWeekFieldError>> };

const ROW_ID = 1;
const SETTING = "proBonoWeek";

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

function fromEnvironment(env: ProBonoWeekEnv): ProBonoWeek {
  const both = Boolean(env.PRO_BONO_WEEK_START && env.PRO_BONO_WEEK_END);
  return {
    start: both ? env.PRO_BONO_WEEK_START! : null,
    end: both ? env.PRO_BONO_WEEK_END! : null,
    callout: null,
    source: "environment",
    updatedAt: null,
    updatedById: null,
  };
}

/** The week the site shows now: the saved setting, else the environment's. */
export async function readProBonoWeek(
  db: Pick<Db, "proBonoWeekSetting">,
  env: ProBonoWeekEnv,
): Promise<ProBonoWeek> {
  const row = await db.proBonoWeekSetting.findUnique({ where: { id: ROW_ID } });
  if (!row) return fromEnvironment(env);
  return {
    start: isoDay(row.startDate),
    end: isoDay(row.endDate),
    callout:
      row.calloutEn !== null && row.calloutEs !== null ? { en: row.calloutEn, es: row.calloutEs } : null,
    source: "saved",
    updatedAt: row.updatedAt,
    updatedById: row.updatedById,
  };
}

/** For the staff area's settings page (admins only): the week and who saved it, by name. */
export async function proBonoWeekForAdmin(
  db: Db,
  staff: StaffContext,
  env: ProBonoWeekEnv,
): Promise<ProBonoWeek & { updatedByName: string | null }> {
  assertRole(staff, "admin");
  const week = await readProBonoWeek(db, env);
  const by = week.updatedById
    ? await db.staffUser.findUnique({ where: { id: week.updatedById }, select: { name: true, email: true } })
    : null;
  return { ...week, updatedByName: by ? staffName(by) : null };
}

/** What the audit log keeps of a setting: no ids or times, only what the public sees. */
function snapshot(week: ProBonoWeek) {
  return {
    source: week.source,
    start: week.start,
    end: week.end,
    calloutEn: week.callout?.en ?? null,
    calloutEs: week.callout?.es ?? null,
  };
}

/** Saves the posted form (admins only); a refused form changes nothing. */
export async function saveProBonoWeek(
  db: Db,
  staff: StaffContext,
  input: unknown,
  env: ProBonoWeekEnv,
): Promise<ProBonoWeekSave> {
  assertRole(staff, "admin");
  const parsed = ProBonoWeekFormSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: proBonoWeekFieldErrors(parsed.error) };
  const form = parsed.data;
  const data = {
    startDate: form.start ? dateOf(form.start) : null,
    endDate: form.end ? dateOf(form.end) : null,
    calloutEn: form.calloutEn || null,
    calloutEs: form.calloutEs || null,
    updatedById: staff.userId,
  };
  await db.$transaction(async (tx) => {
    const before = await readProBonoWeek(tx, env);
    await tx.proBonoWeekSetting.upsert({
      where: { id: ROW_ID },
      create: { id: ROW_ID, ...data },
      update: data,
    });
    const after = await readProBonoWeek(tx, env);
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "setting_changed",
      detail: {
        setting: SETTING,
        before: snapshot(before),
        after: snapshot(after),
        client: staff.clientAddress,
      },
    });
  });
  return { kind: "saved" };
}

/** Back to the environment's dates and the catalogs' text (admins only): forgets the saved row. */
export async function resetProBonoWeek(db: Db, staff: StaffContext, env: ProBonoWeekEnv): Promise<void> {
  assertRole(staff, "admin");
  await db.$transaction(async (tx) => {
    const before = await readProBonoWeek(tx, env);
    if (before.source === "environment") return;
    await tx.proBonoWeekSetting.delete({ where: { id: ROW_ID } });
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "setting_changed",
      detail: {
        setting: SETTING,
        before: snapshot(before),
        after: snapshot(fromEnvironment(env)),
        client: staff.clientAddress,
      },
    });
  });
}
