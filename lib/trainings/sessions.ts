import "server-only";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../signup/options";
import { instantOf } from "../time/local-time";
import { queueTrainingEmail, type TrainingEmailEnv } from "./training-emails";
import {
  TrainingFormSchema,
  trainingFieldErrors,
  type TrainingFieldError,
  type TrainingForm,
} from "./session-form";

// Staff create, change and cancel training sessions. Any staff member may (assertRole
// "reviewer"): trainings are part of moving signups to ready, which reviewers do; nothing here
// touches accounts or settings. Every change is audited (subject: the session's id; detail:
// what changed by field name, never a volunteer's data). The people holding a place are
// emailed when its time or place changes, and when it is cancelled.

export type TrainingSessionEnv = TrainingEmailEnv & { ORG_TIME_ZONE: string };

/** What a person holding a place must hear about when it changes. */
const NOTIFIED_CHANGES = new Set(["startsAt", "endsAt", "place", "videoUrl"]);

/**
 * Queues `kind` to everyone holding a place in this session who still takes email, in the
 * caller's transaction (so a change and its emails commit together).
 */
async function tellPlaceHolders(
  tx: Prisma.TransactionClient,
  env: TrainingEmailEnv,
  sessionId: string,
  kind: "training_changed" | "training_cancelled",
): Promise<void> {
  const holders = await tx.$queryRaw<{ registrationId: string; signupId: string; email: string }[]>`
    SELECT r.id::text AS "registrationId", s.id::text AS "signupId", s.email
      FROM training_registrations r JOIN signups s ON s.id = r.signup_id
     WHERE r.session_id = ${sessionId}::uuid AND r.cancelled_at IS NULL
       AND s.anonymized_at IS NULL AND s.do_not_contact_at IS NULL`;
  for (const holder of holders) {
    await queueTrainingEmail(tx, env, {
      kind,
      signupId: holder.signupId,
      recipient: holder.email,
      registrationId: holder.registrationId,
    });
  }
}

export type TrainingSessionRow = {
  id: string;
  title: string;
  roles: Role[];
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoUrl: string | null;
  capacity: number;
  language: string;
  creditNote: string | null;
  cancelledAt: Date | null;
  version: number;
  /** Places taken (registrations not cancelled). */
  taken: number;
};

export type SaveOutcome =
  | { kind: "saved"; id: string }
  | { kind: "invalid"; fieldErrors: Partial<Record<keyof TrainingForm, TrainingFieldError>> }
  | { kind: "stale" }
  | { kind: "not_found" }
  /** Fewer places than people already registered. */
  | { kind: "below_taken"; taken: number };

const SELECT = `
  SELECT t.id::text, t.title, t.roles::text[] AS roles, t.starts_at AS "startsAt", t.ends_at AS "endsAt",
         t.place, t.video_url AS "videoUrl", t.capacity, t.language, t.credit_note AS "creditNote",
         t.cancelled_at AS "cancelledAt", t.version,
         (SELECT count(*)::int FROM training_registrations r
           WHERE r.session_id = t.id AND r.cancelled_at IS NULL) AS taken
    FROM training_sessions t`;

/** Upcoming (not yet ended) sessions first by start, then past ones newest first. */
export async function listTrainingSessions(
  db: Db,
  staff: StaffContext,
  now = new Date(),
): Promise<{ upcoming: TrainingSessionRow[]; past: TrainingSessionRow[] }> {
  assertRole(staff, "reviewer");
  const [upcoming, past] = await Promise.all([
    db.$queryRawUnsafe<TrainingSessionRow[]>(
      `${SELECT} WHERE t.ends_at > $1 ORDER BY t.starts_at, t.id`,
      now,
    ),
    db.$queryRawUnsafe<TrainingSessionRow[]>(
      `${SELECT} WHERE t.ends_at <= $1 ORDER BY t.starts_at DESC, t.id LIMIT 200`,
      now,
    ),
  ]);
  return { upcoming, past };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getTrainingSession(
  db: Db,
  staff: StaffContext,
  id: string,
): Promise<TrainingSessionRow | null> {
  assertRole(staff, "reviewer");
  if (!UUID.test(id)) return null;
  const [row] = await db.$queryRawUnsafe<TrainingSessionRow[]>(`${SELECT} WHERE t.id = $1::uuid`, id);
  return row ?? null;
}

function columns(form: TrainingForm, timeZone: string) {
  return {
    title: form.title,
    roles: form.roles,
    startsAt: instantOf(form.day, form.start, timeZone),
    endsAt: instantOf(form.day, form.end, timeZone),
    place: form.place || null,
    videoUrl: form.videoUrl || null,
    capacity: form.capacity,
    language: form.language,
    creditNote: form.creditNote || null,
  };
}

/** Creates (no id) or changes (id and the version it was read at) a session from the posted form. */
export async function saveTrainingSession(
  db: Db,
  staff: StaffContext,
  input: Record<string, unknown>,
  env: TrainingSessionEnv,
): Promise<SaveOutcome> {
  assertRole(staff, "reviewer");
  const parsed = TrainingFormSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: trainingFieldErrors(parsed.error) };
  const form = parsed.data;
  const data = columns(form, env.ORG_TIME_ZONE);
  if (!form.id) {
    return db.$transaction(async (tx) => {
      const created = await tx.trainingSession.create({ data: { ...data, createdBy: staff.userId } });
      await recordAudit(tx, {
        actorId: staff.userId,
        action: "training_created",
        subject: created.id,
        detail: { roles: form.roles, startsAt: data.startsAt.toISOString(), capacity: form.capacity },
      });
      return { kind: "saved", id: created.id } as const;
    });
  }
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<(Omit<TrainingSessionRow, "taken"> & { taken: number })[]>`
      SELECT t.id::text, t.title, t.roles::text[] AS roles, t.starts_at AS "startsAt", t.ends_at AS "endsAt",
             t.place, t.video_url AS "videoUrl", t.capacity, t.language, t.credit_note AS "creditNote",
             t.cancelled_at AS "cancelledAt", t.version,
             (SELECT count(*)::int FROM training_registrations r
               WHERE r.session_id = t.id AND r.cancelled_at IS NULL) AS taken
        FROM training_sessions t WHERE t.id = ${form.id}::uuid FOR UPDATE`;
    if (!row) return { kind: "not_found" } as const;
    if (row.version !== form.version) return { kind: "stale" } as const;
    if (data.capacity < row.taken) return { kind: "below_taken", taken: row.taken } as const;
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
      (key) => String(data[key]) !== String(row[key]),
    );
    if (changed.length === 0) return { kind: "saved", id: row.id } as const;
    await tx.trainingSession.update({ where: { id: row.id }, data: { ...data, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "training_changed",
      subject: row.id,
      detail: { changed },
    });
    if (changed.some((key) => NOTIFIED_CHANGES.has(key)) && !row.cancelledAt) {
      await tellPlaceHolders(tx, env, row.id, "training_changed");
    }
    return { kind: "saved", id: row.id } as const;
  });
}

/**
 * Cancels a session: no more registrations or reminders, and each person holding a place is
 * told. Answers false when there is none to cancel.
 */
export async function cancelTrainingSession(
  db: Db,
  staff: StaffContext,
  id: string,
  env: TrainingEmailEnv,
): Promise<boolean> {
  assertRole(staff, "reviewer");
  if (!UUID.test(id)) return false;
  return db.$transaction(async (tx) => {
    const cancelled = await tx.$executeRaw`
      UPDATE training_sessions SET cancelled_at = now(), version = version + 1, updated_at = now()
       WHERE id = ${id}::uuid AND cancelled_at IS NULL`;
    if (cancelled === 0) return false;
    await recordAudit(tx, { actorId: staff.userId, action: "training_cancelled", subject: id, detail: {} });
    await tellPlaceHolders(tx, env, id, "training_cancelled");
    return true;
  });
}
