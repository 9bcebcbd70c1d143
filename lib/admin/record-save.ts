import "server-only";
import { recordAudit, type AuditAction } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { decideChange, type ChangeOutcome } from "./record-change";
import type { RecordField, RecordForm } from "./record-forms";
import { ACTIVE, lockSignup, type Tx } from "./signup-changes";

// The record's one Save: status, assignee and follow-up from one form, applied in one
// transaction against the version the person saw. Nothing is half-written: if any part was
// changed by someone else since (stale) or is not valid, no part is. Each part that changed
// gets its own history event and audit entry, as when they were saved one by one.

export type RecordPart = "status" | "assignee" | "followUp";

export type RecordSave = {
  outcome: ChangeOutcome;
  /** The parts written, in the order their events were. */
  changed: RecordPart[];
  /** The field that made the save invalid, for its error to stand next to it. */
  invalid?: RecordField;
};

/** `alsoDo` runs in the same transaction when the status changed (the status's message). */
export async function saveRecord(
  db: Db,
  staff: StaffContext,
  form: RecordForm,
  alsoDo?: (tx: Tx) => Promise<void>,
): Promise<RecordSave> {
  assertRole(staff, "reviewer");
  const { signupId, version, status, assigneeId, on, reason } = form;
  const followUp = on === null ? null : `${on}|${reason ?? ""}`;
  return db.$transaction(async (tx) => {
    const row = await lockSignup(tx, signupId);
    if (!row) return { outcome: "not_found", changed: [] };
    const seen = (value: string | null) => ({ version: row.version, value });
    const decisions: [RecordPart, ReturnType<typeof decideChange>][] = [
      ["status", decideChange(seen(row.status), { version, value: status })],
      ["assignee", decideChange(seen(row.assigneeId), { version, value: assigneeId })],
      ["followUp", decideChange(seen(row.followUp), { version, value: followUp })],
    ];
    if (decisions.some(([, decision]) => decision === "stale")) return { outcome: "stale", changed: [] };
    const changed = decisions.filter(([, decision]) => decision === "apply").map(([part]) => part);
    if (changed.length === 0) return { outcome: "unchanged", changed };
    const isStatus = changed.includes("status");
    const isAssignee = changed.includes("assignee");
    const isFollowUp = changed.includes("followUp");
    if (isAssignee && assigneeId) {
      const assignee = await tx.staffUser.findFirst({
        where: { id: assigneeId, role: { in: ["admin", "reviewer"] }, OR: ACTIVE },
        select: { id: true },
      });
      if (!assignee) return { outcome: "invalid", changed: [], invalid: "assigneeId" };
    }
    // One version step for the one Save, however many parts it changed.
    await tx.$executeRaw`
      UPDATE signups
         SET status = CASE WHEN ${isStatus} THEN ${status}::"SignupStatus" ELSE status END,
             status_changed_at = CASE WHEN ${isStatus} THEN now() ELSE status_changed_at END,
             status_changed_by = CASE WHEN ${isStatus} THEN ${staff.userId} ELSE status_changed_by END,
             assignee_id = CASE WHEN ${isAssignee} THEN ${assigneeId} ELSE assignee_id END,
             follow_up_on = CASE WHEN ${isFollowUp} THEN ${on}::date ELSE follow_up_on END,
             follow_up_reason = CASE WHEN ${isFollowUp} THEN ${reason} ELSE follow_up_reason END,
             version = version + 1, updated_at = now()
       WHERE id = ${signupId}::uuid AND version = ${row.version}`;
    const entries: { kind: string; action: AuditAction; detail: Record<string, string | null> }[] = [];
    if (isStatus) {
      const detail = { from: row.status, to: status };
      entries.push({ kind: "status_changed", action: "signup_status_changed", detail });
    }
    if (isAssignee) entries.push({ kind: "assigned", action: "signup_assigned", detail: { assigneeId } });
    if (isFollowUp) {
      // The date only: the reason is staff's words about a person, kept on the row alone.
      const kind = on === null ? ("follow_up_cleared" as const) : ("follow_up_set" as const);
      entries.push({ kind, action: `signup_${kind}`, detail: on === null ? {} : { on } });
    }
    for (const { kind, action, detail } of entries) {
      await tx.signupEvent.create({ data: { signupId, kind, actorId: staff.userId, detail } });
      await recordAudit(tx, { actorId: staff.userId, action, subject: signupId, detail });
    }
    if (isStatus) await alsoDo?.(tx);
    return { outcome: "saved", changed };
  });
}
