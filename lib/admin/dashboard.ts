import "server-only";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import { getEnv } from "../config/env";
import type { Db } from "../db/client";
import { addDays, localDay, startOfLocalDay } from "../time/zoned";
import { ROLES, type Role } from "../signup/options";
import { UNRESOLVED_FAILURE } from "./signup-filter";
import { SIGNUP_STATUSES, type SignupStatus } from "./signup-view";

// The staff dashboard's figures: where signups stand, what came in this week, who has waited
// longest, and emails that need a resend.

export type Dashboard = {
  counts: Record<Role, Record<SignupStatus, number>>;
  /** The first day (the organization's, YYYY-MM-DD) of the last seven, today included. */
  weekFrom: string;
  newThisWeek: number;
  oldestNew: { id: string; role: Role; name: string | null; createdAt: Date } | null;
  failedEmails: number;
};

export async function getDashboard(
  db: Db,
  staff: StaffContext,
  now = new Date(),
  timeZone = getEnv().ORG_TIME_ZONE,
): Promise<Dashboard> {
  assertRole(staff, "reviewer");
  const weekFrom = addDays(localDay(now, timeZone), -6);
  const weekStart = startOfLocalDay(weekFrom, timeZone);
  const [groups, newThisWeek, oldest, [failed]] = await Promise.all([
    db.signup.groupBy({ by: ["role", "status"], _count: { _all: true } }),
    db.signup.count({ where: { createdAt: { gte: weekStart } } }),
    db.signup.findFirst({
      where: { status: "new" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, role: true, firstName: true, lastName: true, createdAt: true, anonymizedAt: true },
    }),
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM email_deliveries d WHERE ${UNRESOLVED_FAILURE}`,
  ]);
  const counts = Object.fromEntries(
    ROLES.map((role) => [role, Object.fromEntries(SIGNUP_STATUSES.map((status) => [status, 0]))]),
  ) as Dashboard["counts"];
  for (const group of groups) counts[group.role][group.status] = group._count._all;
  return {
    counts,
    weekFrom,
    newThisWeek,
    oldestNew: oldest && {
      id: oldest.id,
      role: oldest.role,
      name: oldest.anonymizedAt ? null : `${oldest.firstName} ${oldest.lastName}`,
      createdAt: oldest.createdAt,
    },
    failedEmails: failed?.count ?? 0,
  };
}
