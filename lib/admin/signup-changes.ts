import "server-only";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import { getEnv } from "../config/env";
import type { Db } from "../db/client";
import { queueAssignmentEmail } from "./assignment-email";
import { decideChange, type ChangeOutcome } from "./record-change";
import type { AssignForm, FollowUpForm, StatusForm } from "./record-forms";
import { staffName } from "./staff-name";

// A signup's status and assignee. Each change locks the row, is decided against it
// (record-change.ts), bumps its version, and writes its history event and audit entry in the
// same transaction. An anonymised record takes no more changes.

// `banned` is null for accounts made before the admin plugin set it.
export const ACTIVE = [{ banned: false }, { banned: null }];

export type LockedRow = {
  version: number;
  status: string;
  assigneeId: string | null;
  followUp: string | null;
};

export async function lockSignup(
  tx: Pick<Db, "$queryRaw">,
  signupId: string,
): Promise<LockedRow | undefined> {
  const [row] = await tx.$queryRaw<LockedRow[]>`
    SELECT version, status::text, assignee_id AS "assigneeId",
           CASE WHEN follow_up_on IS NULL THEN NULL
                ELSE follow_up_on::text || '|' || coalesce(follow_up_reason, '') END AS "followUp"
      FROM signups
     WHERE id = ${signupId}::uuid AND anonymized_at IS NULL FOR UPDATE`;
  return row;
}

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** `alsoDo` runs in the same transaction once the change is applied (a status's message). */
export async function changeStatus(
  db: Db,
  staff: StaffContext,
  change: StatusForm,
  alsoDo?: (tx: Tx) => Promise<void>,
): Promise<ChangeOutcome> {
  assertRole(staff, "reviewer");
  const { signupId, version, status } = change;
  return db.$transaction(async (tx) => {
    const row = await lockSignup(tx, signupId);
    if (!row) return "not_found";
    const decision = decideChange({ version: row.version, value: row.status }, { version, value: status });
    if (decision !== "apply") return decision;
    await tx.$executeRaw`
      UPDATE signups SET status = ${status}::"SignupStatus", status_changed_at = now(),
             status_changed_by = ${staff.userId}, version = version + 1, updated_at = now()
       WHERE id = ${signupId}::uuid AND version = ${version}`;
    const detail = { from: row.status, to: status };
    await tx.signupEvent.create({
      data: { signupId, kind: "status_changed", actorId: staff.userId, detail },
    });
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "signup_status_changed",
      subject: signupId,
      detail,
    });
    await alsoDo?.(tx);
    return "saved";
  });
}

/** Active staff members: the people a signup can be assigned to. */
export async function listAssignableStaff(
  db: Db,
  staff: StaffContext,
): Promise<{ id: string; name: string }[]> {
  assertRole(staff, "reviewer");
  const members = await db.staffUser.findMany({
    where: { role: { in: ["admin", "reviewer"] }, OR: ACTIVE },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return members.map((member) => ({ id: member.id, name: staffName(member) }));
}

/** The new assignee is emailed the record's link (not when staff take a signup themselves). */
export async function assignSignup(
  db: Db,
  staff: StaffContext,
  change: AssignForm,
  siteUrl = () => getEnv().SITE_URL,
): Promise<ChangeOutcome> {
  assertRole(staff, "reviewer");
  const { signupId, version, assigneeId } = change;
  return db.$transaction(async (tx) => {
    const row = await lockSignup(tx, signupId);
    if (!row) return "not_found";
    const decision = decideChange(
      { version: row.version, value: row.assigneeId },
      { version, value: assigneeId },
    );
    if (decision !== "apply") return decision;
    if (assigneeId) {
      const assignee = await tx.staffUser.findFirst({
        where: { id: assigneeId, role: { in: ["admin", "reviewer"] }, OR: ACTIVE },
        select: { id: true },
      });
      if (!assignee) return "invalid";
    }
    await tx.$executeRaw`
      UPDATE signups SET assignee_id = ${assigneeId}, version = version + 1, updated_at = now()
       WHERE id = ${signupId}::uuid AND version = ${version}`;
    const detail = { assigneeId };
    await tx.signupEvent.create({ data: { signupId, kind: "assigned", actorId: staff.userId, detail } });
    const isEmailed = await queueAssignmentEmail(tx, staff, { assigneeId, signupIds: [signupId], siteUrl });
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "signup_assigned",
      subject: signupId,
      detail: { ...detail, emailed: isEmailed },
    });
    return "saved";
  });
}

/**
 * Sets, changes or clears a signup's follow-up. The history and the audit log get the date
 * only: the reason is staff's words about a person, kept on the row alone.
 */
export async function setFollowUp(db: Db, staff: StaffContext, change: FollowUpForm): Promise<ChangeOutcome> {
  assertRole(staff, "reviewer");
  const { signupId, version, on, reason } = change;
  const value = on === null ? null : `${on}|${reason ?? ""}`;
  return db.$transaction(async (tx) => {
    const row = await lockSignup(tx, signupId);
    if (!row) return "not_found";
    const decision = decideChange({ version: row.version, value: row.followUp }, { version, value });
    if (decision !== "apply") return decision;
    await tx.$executeRaw`
      UPDATE signups SET follow_up_on = ${on}::date, follow_up_reason = ${reason},
             version = version + 1, updated_at = now()
       WHERE id = ${signupId}::uuid AND version = ${version}`;
    const kind = on === null ? "follow_up_cleared" : "follow_up_set";
    const detail = on === null ? {} : { on };
    await tx.signupEvent.create({ data: { signupId, kind, actorId: staff.userId, detail } });
    await recordAudit(tx, { actorId: staff.userId, action: `signup_${kind}`, subject: signupId, detail });
    return "saved";
  });
}
