import { diffAnswers } from "../admin/answer-diff";
import type { Db } from "../db/client";
import type { DigestEntry } from "../email/templates/staff-digest";
import type { Prisma } from "../generated/prisma/client";
import { getStaffMessages } from "../messages";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";
import type { VolunteerChangeKind } from "./change-kinds";

// A digest's events as the email lists them, read when it is sent: a signup anonymised since
// the digest was made is then named by no one. No "server-only": `npm run worker` runs this.

type Tx = Prisma.TransactionClient | Db;
type Answers = Record<string, unknown>;

type EventRow = {
  signupId: string;
  kind: VolunteerChangeKind;
  detail: Record<string, unknown> | null;
  at: Date;
  role: Role;
  /** Null once anonymised. */
  name: string | null;
  /** updated: the answers it replaced, and those it left (what the next update replaced, or now's). */
  before: Answers | null;
  after: Answers | null;
};

export async function loadDigestEntries(tx: Tx, eventIds: bigint[]): Promise<DigestEntry[]> {
  if (eventIds.length === 0) return [];
  // As the record's history reads an update (lib/admin/signup-history.ts, answersAfterEach).
  const rows = await tx.$queryRaw<EventRow[]>`
    SELECT e.signup_id::text AS "signupId", e.kind, e.detail, e.created_at AS "at", s.role::text AS role,
           CASE WHEN s.anonymized_at IS NULL THEN btrim(s.first_name || ' ' || s.last_name) END AS name,
           CASE WHEN e.kind = 'updated' THEN coalesce(e.detail -> 'previousAnswers', '{}'::jsonb) END AS before,
           CASE WHEN e.kind = 'updated' THEN coalesce(
             (SELECT coalesce(n.detail -> 'previousAnswers', '{}'::jsonb) FROM signup_events n
               WHERE n.signup_id = e.signup_id AND n.kind = 'updated'
                 AND (n.created_at, n.id) > (e.created_at, e.id)
               ORDER BY n.created_at, n.id LIMIT 1),
             s.answers) END AS after
      FROM signup_events e JOIN signups s ON s.id = e.signup_id
     WHERE e.id = ANY(${eventIds.map(String)}::bigint[])
     ORDER BY e.created_at, e.id`;

  const forms = getStaffMessages().forms;
  const entries = new Map<string, DigestEntry>();
  for (const row of rows) {
    let entry = entries.get(row.signupId);
    if (!entry) {
      entry = { signupId: row.signupId, role: row.role, name: row.name, changes: [] };
      entries.set(row.signupId, entry);
    }
    const until = row.detail?.until;
    entry.changes.push({
      kind: row.kind,
      at: row.at,
      ...(row.kind === "updated"
        ? {
            answers: diffAnswers(signupForm(row.role), row.before ?? {}, row.after ?? {}, forms).map(
              (change) => change.label,
            ),
          }
        : {}),
      ...(typeof until === "string" ? { until } : {}),
    });
  }
  return [...entries.values()];
}
