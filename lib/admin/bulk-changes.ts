import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import { getEnv } from "../config/env";
import type { Db } from "../db/client";
import { queueAssignmentEmail } from "./assignment-email";
import type { BulkChange } from "./bulk-forms";
import type { Selection } from "./bulk-selection";
import { selectionDetail, selectionWhere } from "./bulk-target";

// One change (status, assignee or follow-up) to many signups. Staff confirm the count first;
// if the selection no longer matches that count, nothing changes and they are asked again.
// Each changed signup gets its own history entry; the audit log gets one entry for the batch.

export type BulkOutcome =
  | { kind: "applied"; changed: number; unchanged: number }
  | { kind: "count_changed"; count: number }
  | { kind: "invalid" };

type Row = { id: string; value: string | null };

// A signup's current value of what the change sets, in the form the change is compared in.
function currentValue(change: BulkChange): Prisma.Sql {
  switch (change.kind) {
    case "status":
      return Prisma.sql`s.status::text`;
    case "assignee":
      return Prisma.sql`s.assignee_id`;
    case "followUp":
      return Prisma.sql`CASE WHEN s.follow_up_on IS NULL THEN NULL
                             ELSE s.follow_up_on::text || '|' || coalesce(s.follow_up_reason, '') END`;
  }
}

function newValue(change: BulkChange): string | null {
  switch (change.kind) {
    case "status":
      return change.status;
    case "assignee":
      return change.assigneeId;
    case "followUp":
      return change.on === null ? null : `${change.on}|${change.reason ?? ""}`;
  }
}

/** The signups a change would apply to: the count staff confirm. */
export async function countSelection(db: Db, staff: StaffContext, selection: Selection): Promise<number> {
  assertRole(staff, "reviewer");
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM signups s WHERE ${selectionWhere(selection, staff)}`;
  return row!.count;
}

export async function applyBulkChange(
  db: Db,
  staff: StaffContext,
  request: { selection: Selection; change: BulkChange; expectedCount: number },
  siteUrl = () => getEnv().SITE_URL,
): Promise<BulkOutcome> {
  assertRole(staff, "reviewer");
  const { selection, change, expectedCount } = request;
  const to = newValue(change);
  return db.$transaction(
    async (tx) => {
      if (change.kind === "assignee" && change.assigneeId) {
        const assignee = await tx.staffUser.findFirst({
          where: {
            id: change.assigneeId,
            role: { in: ["admin", "reviewer"] },
            OR: [{ banned: false }, { banned: null }],
          },
          select: { id: true },
        });
        if (!assignee) return { kind: "invalid" };
      }
      const rows = await tx.$queryRaw<Row[]>`
        SELECT s.id::text, ${currentValue(change)} AS value FROM signups s
         WHERE ${selectionWhere(selection, staff)} ORDER BY s.id FOR UPDATE OF s`;
      if (rows.length !== expectedCount) return { kind: "count_changed", count: rows.length };
      const changing = rows.filter((row) => row.value !== to);
      const ids = changing.map((row) => row.id);
      const batch = randomUUID();
      if (ids.length > 0) {
        await updateRows(tx, staff, change, ids);
        await tx.$executeRaw`
          INSERT INTO signup_events (signup_id, kind, actor_id, detail)
          SELECT id, ${eventKind(change)}, ${staff.userId}, ${eventDetail(change)}::jsonb || jsonb_build_object('batch', ${batch}::text)
                 || CASE WHEN ${change.kind} = 'status' THEN jsonb_build_object('from', old) ELSE '{}'::jsonb END
            FROM unnest(${ids}::uuid[], ${changing.map((row) => row.value)}::text[]) AS x(id, old)`;
      }
      // One email for the batch, listing the signups that changed hands.
      const isEmailed =
        change.kind === "assignee" &&
        (await queueAssignmentEmail(tx, staff, { assigneeId: change.assigneeId, signupIds: ids, siteUrl }));
      await recordAudit(tx, {
        actorId: staff.userId,
        action: "signups_bulk_changed",
        detail: {
          batch,
          change: change.kind,
          to: change.kind === "followUp" ? change.on : to,
          changed: ids.length,
          unchanged: rows.length - ids.length,
          ...(change.kind === "assignee" ? { emailed: isEmailed } : {}),
          ...selectionDetail(selection),
        } as Prisma.InputJsonValue,
      });
      return { kind: "applied", changed: ids.length, unchanged: rows.length - ids.length };
    },
    // 10,000 rows lock, update and log in about a second; give a busy database room.
    { timeout: 60_000 },
  );
}

function eventKind(change: BulkChange): string {
  if (change.kind === "status") return "status_changed";
  if (change.kind === "assignee") return "assigned";
  return change.on === null ? "follow_up_cleared" : "follow_up_set";
}

// The same detail a change on the record writes (signup-changes.ts); the reason stays on the row.
function eventDetail(change: BulkChange): string {
  if (change.kind === "status") return JSON.stringify({ to: change.status });
  if (change.kind === "assignee") return JSON.stringify({ assigneeId: change.assigneeId });
  return JSON.stringify(change.on === null ? {} : { on: change.on });
}

async function updateRows(
  tx: Pick<Db, "$executeRaw">,
  staff: StaffContext,
  change: BulkChange,
  ids: string[],
) {
  switch (change.kind) {
    case "status":
      await tx.$executeRaw`
        UPDATE signups SET status = ${change.status}::"SignupStatus", status_changed_at = now(),
               status_changed_by = ${staff.userId}, version = version + 1, updated_at = now()
         WHERE id = ANY(${ids}::uuid[])`;
      return;
    case "assignee":
      await tx.$executeRaw`
        UPDATE signups SET assignee_id = ${change.assigneeId}, version = version + 1, updated_at = now()
         WHERE id = ANY(${ids}::uuid[])`;
      return;
    case "followUp":
      await tx.$executeRaw`
        UPDATE signups SET follow_up_on = ${change.on}::date, follow_up_reason = ${change.reason},
               version = version + 1, updated_at = now()
         WHERE id = ANY(${ids}::uuid[])`;
  }
}
