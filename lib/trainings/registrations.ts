import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { VolunteerSession } from "../volunteer-access/session";
import { queueTrainingEmail, type TrainingEmailEnv } from "./training-emails";

// A volunteer takes or gives back a place in a training from their own page. The signup is
// found by the session's address as well as its id (as every own change,
// lib/volunteer-access/own-changes.ts). The session's row is locked while the places are
// counted and the place taken, so two people asking for the last place at once are served one
// after the other: the second finds it full. Each change writes a history event by the
// volunteer; a new place queues its confirmation (with the calendar file) unless the volunteer
// asked for no more emails.

type Tx = Prisma.TransactionClient;

/** registered; already (they have a place); full; closed (cancelled, started, or the signup withdrawn); not_found. */
export type RegisterOutcome = "registered" | "already" | "full" | "closed" | "not_found";
/** cancelled; not_registered (no place to give back); closed (it has started); not_found. */
export type CancelOutcome = "cancelled" | "not_registered" | "closed" | "not_found";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type OwnSignup = { id: string; role: string; status: string; email: string; doNotContact: boolean };
type LockedTraining = { roles: string[]; capacity: number; isOpen: boolean };

async function ownSignup(tx: Tx, session: VolunteerSession, signupId: string): Promise<OwnSignup | null> {
  const [row] = await tx.$queryRaw<OwnSignup[]>`
    SELECT id::text, role::text, status::text, email, do_not_contact_at IS NOT NULL AS "doNotContact"
      FROM signups
     WHERE id = ${signupId}::uuid AND email = ${session.email} AND anonymized_at IS NULL`;
  return row ?? null;
}

/** The session, locked: every registration and cancellation of it waits here in turn. */
async function lockTraining(tx: Tx, trainingId: string, now: Date): Promise<LockedTraining | null> {
  const [row] = await tx.$queryRaw<LockedTraining[]>`
    SELECT roles::text[] AS roles, capacity, (cancelled_at IS NULL AND starts_at > ${now}) AS "isOpen"
      FROM training_sessions WHERE id = ${trainingId}::uuid FOR UPDATE`;
  return row ?? null;
}

export async function registerForTraining(
  db: Db,
  env: TrainingEmailEnv,
  session: VolunteerSession,
  signupId: string,
  trainingId: string,
  locale: string,
  now = new Date(),
): Promise<RegisterOutcome> {
  if (!UUID.test(signupId) || !UUID.test(trainingId)) return "not_found";
  return db.$transaction(async (tx) => {
    const signup = await ownSignup(tx, session, signupId);
    if (!signup) return "not_found";
    const training = await lockTraining(tx, trainingId, now);
    if (!training || !training.roles.includes(signup.role)) return "not_found";
    if (!training.isOpen || signup.status === "declined") return "closed";
    const [counts] = await tx.$queryRaw<{ taken: number; isMine: boolean }[]>`
      SELECT count(*)::int AS taken, coalesce(bool_or(signup_id = ${signup.id}::uuid), false) AS "isMine"
        FROM training_registrations
       WHERE session_id = ${trainingId}::uuid AND cancelled_at IS NULL`;
    if (counts!.isMine) return "already";
    if (counts!.taken >= training.capacity) return "full";
    // A place given back earlier is taken again: one row per session and signup.
    const [registration] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO training_registrations (id, session_id, signup_id, locale)
      VALUES (gen_random_uuid(), ${trainingId}::uuid, ${signup.id}::uuid, ${locale})
      ON CONFLICT (session_id, signup_id) DO UPDATE
         SET cancelled_at = NULL, registered_at = now(), locale = EXCLUDED.locale, reminder_queued_at = NULL
      RETURNING id::text`;
    await tx.signupEvent.create({
      data: {
        signupId: signup.id,
        kind: "training_registered",
        detail: { trainingId, byVolunteer: true, locale },
      },
    });
    if (!signup.doNotContact) {
      await queueTrainingEmail(tx, env, {
        kind: "training_confirmation",
        signupId: signup.id,
        recipient: signup.email,
        registrationId: registration!.id,
      });
    }
    return "registered";
  });
}

export async function cancelTrainingPlace(
  db: Db,
  session: VolunteerSession,
  signupId: string,
  trainingId: string,
  now = new Date(),
): Promise<CancelOutcome> {
  if (!UUID.test(signupId) || !UUID.test(trainingId)) return "not_found";
  return db.$transaction(async (tx) => {
    const signup = await ownSignup(tx, session, signupId);
    if (!signup) return "not_found";
    const training = await lockTraining(tx, trainingId, now);
    if (!training) return "not_found";
    const [row] = await tx.$queryRaw<{ id: string; hasStarted: boolean }[]>`
      SELECT r.id::text, t.starts_at <= ${now} AS "hasStarted"
        FROM training_registrations r JOIN training_sessions t ON t.id = r.session_id
       WHERE r.session_id = ${trainingId}::uuid AND r.signup_id = ${signup.id}::uuid AND r.cancelled_at IS NULL`;
    if (!row) return "not_registered";
    if (row.hasStarted) return "closed";
    // Emails about the place not yet sent are dropped when their job runs (send-email-task.ts).
    await tx.$executeRaw`UPDATE training_registrations SET cancelled_at = now() WHERE id = ${row.id}::uuid`;
    await tx.signupEvent.create({
      data: { signupId: signup.id, kind: "training_cancelled", detail: { trainingId, byVolunteer: true } },
    });
    return "cancelled";
  });
}
