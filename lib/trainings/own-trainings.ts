import "server-only";
import type { Db } from "../db/client";
import type { VolunteerSession } from "../volunteer-access/session";

// The trainings a volunteer sees on one of their signups' pages: those to come for the signup's
// role, with the places left and whether they hold one. Found by the session's address, as
// every read of a volunteer's own data.

export type OwnTraining = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoUrl: string | null;
  language: string;
  creditNote: string | null;
  placesLeft: number;
  hasPlace: boolean;
  /** Staff marked them present. */
  attended: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listOwnTrainings(
  db: Db,
  session: VolunteerSession,
  signupId: string,
  now = new Date(),
): Promise<OwnTraining[]> {
  if (!UUID.test(signupId)) return [];
  return db.$queryRaw<OwnTraining[]>`
    SELECT t.id::text, t.title, t.starts_at AS "startsAt", t.ends_at AS "endsAt", t.place,
           t.video_url AS "videoUrl", t.language, t.credit_note AS "creditNote",
           greatest(t.capacity - (SELECT count(*)::int FROM training_registrations r
                                   WHERE r.session_id = t.id AND r.cancelled_at IS NULL), 0) AS "placesLeft",
           mine.id IS NOT NULL AS "hasPlace", coalesce(mine.attended_at IS NOT NULL, false) AS attended
      FROM signups s
      JOIN training_sessions t ON s.role = ANY(t.roles)
      LEFT JOIN training_registrations mine
             ON mine.session_id = t.id AND mine.signup_id = s.id AND mine.cancelled_at IS NULL
     WHERE s.id = ${signupId}::uuid AND s.email = ${session.email} AND s.anonymized_at IS NULL
       AND t.cancelled_at IS NULL AND t.ends_at > ${now}
     ORDER BY t.starts_at, t.id
     LIMIT 50`;
}
