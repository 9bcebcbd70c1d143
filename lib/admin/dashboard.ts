import "server-only";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import type { Db } from "../db/client";
import { ROLES, type Role } from "../signup/options";
import { UNRESOLVED_FAILURE } from "./signup-filter";
import { SIGNUP_STATUSES, type SignupStatus } from "./signup-view";

// The staff dashboard's figures: where signups stand, what came in this week, who has waited
// longest, and emails that need a resend.

export type Dashboard = {
  counts: Record<Role, Record<SignupStatus, number>>;
  /** The first day (UTC, YYYY-MM-DD) of the last seven, today included. */
  weekFrom: string;
  newThisWeek: number;
  oldestNew: { id: string; role: Role; name: string | null; createdAt: Date } | null;
  failedEmails: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export async function getDashboard(db: Db, staff: StaffContext, now = new Date()): Promise<Dashboard> {
  assertRole(staff, "reviewer");
  const weekStart = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 6 * DAY_MS,
  );
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
    weekFrom: weekStart.toISOString().slice(0, 10),
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
