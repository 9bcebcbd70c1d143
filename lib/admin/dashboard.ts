import "server-only";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import { getEnv } from "../config/env";
import type { Db } from "../db/client";
import type { PipelineStage } from "../onboarding/pipeline";
import { expiringSql, notReadySql, stalledBefore, stepsLeftSql } from "../onboarding/pipeline-sql";
import { readySql } from "../onboarding/summary";
import { Prisma } from "../generated/prisma/client";
import { ROLES, type Role } from "../signup/options";
import { addDays, endOfLocalDay, localDay, startOfLocalDay } from "../time/zoned";
import { UNRESOLVED_FAILURE } from "./signup-filter";
import { SIGNUP_STATUSES, type SignupStatus } from "./signup-view";

// The staff dashboard's figures: where signups stand, what came in this week, who has waited
// longest, emails that need a resend, and the pipeline from signup to ready.

/** Per role, how many signups are at each stage, and the steps left of those onboarding. */
export type PipelineCounts = Record<PipelineStage, number> & { stepsLeft: number };

export type Dashboard = {
  counts: Record<Role, Record<SignupStatus, number>>;
  /** The first day (the organization's, YYYY-MM-DD) of the last seven, today included. */
  weekFrom: string;
  newThisWeek: number;
  oldestNew: { id: string; role: Role; name: string | null; createdAt: Date } | null;
  failedEmails: number;
  pipeline: Record<Role, PipelineCounts>;
  /** STALLED_DAYS: a volunteer not ready with no step done for this many days is stalled. */
  stalledDays: number;
  /** The coordinator's day: each count with the list view that shows those signups. */
  myDay: {
    mine: { count: number; query: string };
    pastPromise: { count: number; query: string; days: number };
    followUpsDue: { count: number; query: string };
  };
};

export async function getDashboard(
  db: Db,
  staff: StaffContext,
  now = new Date(),
  {
    timeZone,
    promiseDays,
    stalledDays = getEnv().STALLED_DAYS,
  }: { timeZone: string; promiseDays: number; stalledDays?: number } = {
    timeZone: getEnv().ORG_TIME_ZONE,
    promiseDays: getEnv().RESPONSE_PROMISE_DAYS,
  },
): Promise<Dashboard> {
  assertRole(staff, "reviewer");
  const today = localDay(now, timeZone);
  const weekFrom = addDays(today, -6);
  const weekStart = startOfLocalDay(weekFrom, timeZone);
  // A signup of day D was promised a reply by D + promiseDays: past it from the day after.
  const lastKeptDay = addDays(today, -promiseDays - 1);
  const [groups, newThisWeek, oldest, [failed], [day], stages] = await Promise.all([
    db.signup.groupBy({ by: ["role", "status"], _count: { _all: true } }),
    db.signup.count({ where: { createdAt: { gte: weekStart } } }),
    db.signup.findFirst({
      where: { status: "new" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, role: true, firstName: true, lastName: true, createdAt: true, anonymizedAt: true },
    }),
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM email_deliveries d WHERE ${UNRESOLVED_FAILURE}`,
    // Three counts, each over its own index: one pass with FILTERs reads every row (80 ms at
    // 100,000). Naming every role lets "past the promise" range-scan (role, status, created_at).
    db.$queryRaw<{ mine: number; pastPromise: number; followUpsDue: number }[]>`
      SELECT (SELECT count(*) FROM signups WHERE assignee_id = ${staff.userId})::int AS mine,
             (SELECT count(*) FROM signups
               WHERE role = ANY(${[...ROLES]}::"VolunteerRole"[]) AND status = 'new'
                 AND created_at < ${endOfLocalDay(lastKeptDay, timeZone)}::timestamptz)::int
               AS "pastPromise",
             (SELECT count(*) FROM signups WHERE follow_up_on <= ${today}::date)::int AS "followUpsDue"`,
    pipelineCounts(db, today, stalledBefore(now, stalledDays)),
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
    pipeline: Object.fromEntries(
      ROLES.map((role) => [
        role,
        {
          new: counts[role].new,
          contacted: counts[role].contacted,
          ...(stages.get(role) ?? { onboarding: 0, stepsLeft: 0, ready: 0, stalled: 0, expiring: 0 }),
        },
      ]),
    ) as Dashboard["pipeline"],
    stalledDays,
    myDay: {
      mine: { count: day?.mine ?? 0, query: "?assignee=me&sort=oldest" },
      pastPromise: {
        count: day?.pastPromise ?? 0,
        query: `?status=new&to=${lastKeptDay}&sort=oldest`,
        days: promiseDays,
      },
      followUpsDue: { count: day?.followUpsDue ?? 0, query: "?followUp=due&sort=oldest" },
    },
  };
}

type StageRow = {
  role: Role;
  onboarding: number;
  stepsLeft: number;
  ready: number;
  stalled: number;
  expiring: number;
};

/**
 * The pipeline's stages past "in touch", per role, from signups_pipeline_idx alone (decision
 * 034): the inner query groups its entries by role, status and stored readiness in index order
 * (a few thousand groups at 100,000 signups), checking one condition per signup, whether its
 * last step is older than STALLED_DAYS; the stages' conditions then run once per group, not
 * once per signup. "Onboarding" is the status less those already ready; stalled and expiring
 * may overlap it.
 */
async function pipelineCounts(
  db: Db,
  today: string,
  before: Date,
): Promise<Map<Role, Omit<StageRow, "role">>> {
  const onboarding = Prisma.sql`s.status = 'onboarding' AND ${notReadySql(today)}`;
  const stalled = Prisma.sql`s.status NOT IN ('declined', 'inactive') AND ${notReadySql(today)}`;
  const rows = await db.$queryRaw<StageRow[]>`
    SELECT s.role::text AS role,
           coalesce(sum(s.n) FILTER (WHERE ${onboarding}), 0)::int AS onboarding,
           coalesce(sum(s.n * ${stepsLeftSql(today)}) FILTER (WHERE ${onboarding}), 0)::int AS "stepsLeft",
           coalesce(sum(s.n) FILTER (WHERE ${readySql(today)}), 0)::int AS ready,
           coalesce(sum(s.idle) FILTER (WHERE ${stalled}), 0)::int AS stalled,
           coalesce(sum(s.n) FILTER (WHERE ${expiringSql(today)}), 0)::int AS expiring
      FROM (SELECT role, status, steps_open, first_expiry, count(*) AS n,
                   count(*) FILTER (WHERE coalesce(last_step_at, created_at) < ${before}::timestamptz) AS idle
              FROM signups GROUP BY role, status, steps_open, first_expiry) s
     GROUP BY s.role`;
  return new Map(rows.map(({ role, ...row }) => [role, row]));
}
