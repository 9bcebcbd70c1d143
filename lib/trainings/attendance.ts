import "server-only";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { refreshReadiness } from "../onboarding/summary";
import { STEPS } from "../onboarding/steps";
import type { Role } from "../signup/options";
import { localDay } from "../time/zoned";

// Staff mark who came to a training. Marking someone present completes their role's training
// step (steps.ts, isTraining) on the session's day, written as a staff completion is: the
// onboarding_steps row, a `step_completed` history event by the staff member naming the
// training, an audit entry, the readiness derived again and last_step_at. A role with no
// training step (interpreters today) gets the attendance alone. Unmarking takes the attendance
// back but leaves a completed step to staff on the record: it may have been done otherwise.

type Tx = Prisma.TransactionClient;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AttendanceOutcome = { kind: "saved"; marked: number; unmarked: number } | { kind: "not_found" };

/** The training step of a role, if it has one. */
export function trainingStepOf(role: Role, steps = STEPS) {
  return steps.find((step) => step.role === role && step.isTraining);
}

async function completeTrainingStep(
  tx: Tx,
  staff: StaffContext,
  signup: { id: string; role: Role },
  trainingId: string,
  day: string,
  today: string,
): Promise<void> {
  const step = trainingStepOf(signup.role);
  if (!step) return;
  await tx.$executeRaw`
    INSERT INTO onboarding_steps (id, signup_id, step_key, instance, completed_on, completed_by, by_volunteer, updated_at)
    VALUES (gen_random_uuid(), ${signup.id}::uuid, ${step.key}, '', ${day}::date, ${staff.userId}, false, now())
    ON CONFLICT (signup_id, step_key, instance) DO UPDATE
       SET completed_on = EXCLUDED.completed_on, completed_by = EXCLUDED.completed_by, by_volunteer = false,
           updated_at = now()`;
  await tx.signupEvent.create({
    data: {
      signupId: signup.id,
      kind: "step_completed",
      actorId: staff.userId,
      detail: { step: step.key, instance: "", trainingId },
    },
  });
  await recordAudit(tx, {
    actorId: staff.userId,
    action: "signup_step_completed",
    subject: signup.id,
    detail: { step: step.key, trainingId },
  });
  await tx.$executeRaw`UPDATE signups SET last_step_at = now() WHERE id = ${signup.id}::uuid`;
  await refreshReadiness(tx, [signup.id], today);
}

/**
 * Sets who attended: `present` holds the registration ids ticked; every other registration of
 * the session is not present. Only changes are written.
 */
export async function saveAttendance(
  db: Db,
  staff: StaffContext,
  trainingId: string,
  present: string[],
  timeZone: string,
  now = new Date(),
): Promise<AttendanceOutcome> {
  assertRole(staff, "reviewer");
  if (!UUID.test(trainingId)) return { kind: "not_found" };
  return db.$transaction(async (tx) => {
    const [training] = await tx.$queryRaw<{ startsAt: Date }[]>`
      SELECT starts_at AS "startsAt" FROM training_sessions WHERE id = ${trainingId}::uuid FOR UPDATE`;
    if (!training) return { kind: "not_found" } as const;
    const rows = await tx.$queryRaw<{ id: string; signupId: string; role: Role; attended: boolean }[]>`
      SELECT r.id::text, r.signup_id::text AS "signupId", s.role::text AS role, r.attended_at IS NOT NULL AS attended
        FROM training_registrations r JOIN signups s ON s.id = r.signup_id
       WHERE r.session_id = ${trainingId}::uuid AND r.cancelled_at IS NULL AND s.anonymized_at IS NULL
       ORDER BY r.id FOR UPDATE OF r`;
    const ticked = new Set(present);
    const day = localDay(training.startsAt, timeZone);
    const today = localDay(now, timeZone);
    let marked = 0;
    let unmarked = 0;
    for (const row of rows) {
      const isPresent = ticked.has(row.id);
      if (isPresent === row.attended) continue;
      if (isPresent) {
        await tx.$executeRaw`
          UPDATE training_registrations SET attended_at = now(), attendance_by = ${staff.userId}
           WHERE id = ${row.id}::uuid`;
        await recordAudit(tx, {
          actorId: staff.userId,
          action: "training_attendance_marked",
          subject: trainingId,
          detail: { signupId: row.signupId },
        });
        await completeTrainingStep(tx, staff, { id: row.signupId, role: row.role }, trainingId, day, today);
        marked += 1;
      } else {
        await tx.$executeRaw`
          UPDATE training_registrations SET attended_at = NULL, attendance_by = NULL WHERE id = ${row.id}::uuid`;
        await recordAudit(tx, {
          actorId: staff.userId,
          action: "training_attendance_unmarked",
          subject: trainingId,
          detail: { signupId: row.signupId },
        });
        unmarked += 1;
      }
    }
    return { kind: "saved", marked, unmarked } as const;
  });
}

/** The people registered for a session, for its staff page (names: staff may read them). */
export async function listTrainingRegistrations(db: Db, staff: StaffContext, trainingId: string) {
  assertRole(staff, "reviewer");
  if (!UUID.test(trainingId)) return [];
  return db.$queryRaw<
    {
      id: string;
      signupId: string;
      name: string;
      role: Role;
      registeredAt: Date;
      cancelledAt: Date | null;
      attended: boolean;
    }[]
  >`
    SELECT r.id::text, r.signup_id::text AS "signupId",
           CASE WHEN s.anonymized_at IS NULL THEN s.first_name || ' ' || s.last_name ELSE '' END AS name,
           s.role::text AS role, r.registered_at AS "registeredAt", r.cancelled_at AS "cancelledAt",
           r.attended_at IS NOT NULL AS attended
      FROM training_registrations r JOIN signups s ON s.id = r.signup_id
     WHERE r.session_id = ${trainingId}::uuid
     ORDER BY r.cancelled_at IS NOT NULL, s.last_name, s.first_name, r.id`;
}
