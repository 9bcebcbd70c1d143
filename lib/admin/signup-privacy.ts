import "server-only";
import { recordAudit } from "../auth/audit";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { SignupStatus } from "../generated/prisma/enums";
import { anonymiseSignupRows, removeQueuedEmails } from "../signup/anonymise";
import type { Role } from "../signup/options";

// A volunteer's privacy request: anonymise their signup (the row stays for the counts) or
// delete it. Admins only: both are final, and reviewers review. Each runs in one transaction
// with its audit event, which names the signup by id alone; a second request answers
// "already" instead of failing.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PrivacySubject = {
  id: string;
  name: string;
  role: Role;
  status: SignupStatus;
  createdAt: Date;
  anonymizedAt: Date | null;
  notes: number;
  emails: number;
  events: number;
};

/** What the confirmation page shows: whose signup, and how much goes with it. */
export async function getPrivacySubject(
  db: Db,
  staff: StaffContext,
  id: string,
): Promise<PrivacySubject | null> {
  assertRole(staff, "admin");
  if (!UUID.test(id)) return null;
  const signup = await db.signup.findUnique({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      role: true,
      status: true,
      createdAt: true,
      anonymizedAt: true,
      _count: { select: { notes: true, emailDeliveries: true, events: true } },
    },
  });
  if (!signup) return null;
  return {
    id: signup.id,
    name: `${signup.firstName} ${signup.lastName}`.trim(),
    role: signup.role,
    status: signup.status,
    createdAt: signup.createdAt,
    anonymizedAt: signup.anonymizedAt,
    notes: signup._count.notes,
    emails: signup._count.emailDeliveries,
    events: signup._count.events,
  };
}

export type PrivacyOutcome = "done" | "already" | "not_found";

export async function anonymiseSignup(db: Db, staff: StaffContext, id: string): Promise<PrivacyOutcome> {
  assertRole(staff, "admin");
  if (!UUID.test(id)) return "not_found";
  return db.$transaction(async (tx) => {
    const [done] = await anonymiseSignupRows(tx, [id]);
    if (!done) return (await tx.signup.count({ where: { id } })) ? "already" : "not_found";
    await recordAudit(tx, { actorId: staff.userId, action: "signup_anonymized", subject: id });
    return "done";
  });
}

export async function deleteSignup(db: Db, staff: StaffContext, id: string): Promise<PrivacyOutcome> {
  assertRole(staff, "admin");
  if (!UUID.test(id)) return "not_found";
  return db.$transaction(async (tx) => {
    // Locked first, so a double click waits here and then finds the row gone.
    const [locked] = await tx.$queryRaw<{ role: string; status: string }[]>`
      SELECT role::text, status::text FROM signups WHERE id = ${id}::uuid FOR UPDATE`;
    if (!locked) {
      const deletedBefore = await tx.auditEvent.count({ where: { action: "signup_deleted", subject: id } });
      return deletedBefore ? "already" : "not_found";
    }
    await removeQueuedEmails(tx, [id]);
    // Its keys, emails, events and notes go with it (ON DELETE CASCADE).
    await tx.signup.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "signup_deleted",
      subject: id,
      detail: { role: locked.role, status: locked.status },
    });
    return "done";
  });
}
