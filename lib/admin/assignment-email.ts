import "server-only";
import { queueStaffEmail } from "../auth/staff-emails";
import type { StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { ASSIGNMENT_EMAIL_LIST_MAX, renderAssignmentEmail } from "../email/templates/assignment";
import type { Role } from "../signup/options";
import { staffName } from "./staff-name";

// Tells the new assignee, through the durable staff email queue and inside the assignment's
// own transaction, so the email goes out exactly when the assignment holds. Nobody is emailed
// about what they gave themselves.

type Tx = Pick<Db, "$queryRaw" | "$executeRaw" | "staffUser">;

/** Queues the email and answers whether there was one (the audit entry says so). */
export async function queueAssignmentEmail(
  tx: Tx,
  staff: StaffContext,
  input: { assigneeId: string | null; signupIds: string[]; siteUrl: () => string },
): Promise<boolean> {
  const { assigneeId, signupIds } = input;
  if (!assigneeId || assigneeId === staff.userId || signupIds.length === 0) return false;
  const people = await tx.staffUser.findMany({
    where: { id: { in: [assigneeId, staff.userId] } },
    select: { id: true, name: true, email: true },
  });
  const assignee = people.find((person) => person.id === assigneeId);
  const actor = people.find((person) => person.id === staff.userId);
  if (!assignee) return false;
  const signups = await tx.$queryRaw<{ id: string; name: string; role: Role }[]>`
    SELECT id::text, trim(first_name || ' ' || last_name) AS name, role::text AS role
      FROM signups WHERE id = ANY(${signupIds}::uuid[])
     ORDER BY created_at, id LIMIT ${ASSIGNMENT_EMAIL_LIST_MAX}`;
  if (signups.length === 0) return false;
  await queueStaffEmail(tx, {
    to: assignee.email,
    ...renderAssignmentEmail({
      assignedBy: actor ? staffName(actor) : "",
      signups,
      total: signupIds.length,
      siteUrl: input.siteUrl(),
    }),
  });
  return true;
}
