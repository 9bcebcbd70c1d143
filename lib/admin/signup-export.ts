import "server-only";
import { recordAudit } from "../auth/audit";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import { poolOf, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { Messages } from "../messages/en";
import { getEnv } from "../config/env";
import { format } from "../messages/format";
import { ROLES, type Role } from "../signup/options";
import type { Completion } from "../onboarding/readiness";
import { localDay } from "../time/zoned";
import { csvStream, exportLayout, exportRecord, type ExportRecord } from "./signup-csv";
import { keyset, signupConditions } from "./signup-filter";
import { typeFilter, withoutCursor, type SignupView } from "./signup-view";

// The CSV of a list view: every row of its filter (not only the page shown), read in keyset
// batches as the download is read, so memory stays flat whatever the size. The audit event
// is written when the stream ends, with the number of rows sent.

// Times the spreadsheet shows besides the signup time (status change, last note) are put on the
// organization's clock by PostgreSQL in the same query: no per-row work in Node.

// Rows per query, and per CSV chunk (about 64 KiB). Small enough that little is alive when
// the young generation is collected: the export allocates a lot and keeps almost nothing, and
// copying 1,000 rows' objects through each collection cost more than the extra queries.
export const EXPORT_BATCH = 500;
const CSV_CHUNK = 125;

/** A row as PostgreSQL writes it in JSON: created_at to the microsecond, for the next batch's cursor. */
type Row = {
  id: string;
  role: Role;
  status: string;
  created_at: string;
  answers: Record<string, unknown> | null;
  assignee_name: string | null;
  status_changed: string | null;
  notes: number;
  last_note: string | null;
  steps: Completion[];
};

/** The roles whose questions the file needs columns for. */
export function exportRoles(view: SignupView): Role[] {
  const role = view.role ?? (view.type ? typeFilter(view.type)?.role : undefined);
  return role ? [role] : [...ROLES];
}

/** What the audit log keeps of a view: its filters, and only whether there was a search. */
export function auditedFilter(view: SignupView) {
  const { q, ...filters } = withoutCursor(view);
  return { ...filters, search: q !== undefined };
}

/**
 * The view's rows in batches, in its order. The next batch is queried while the current one
 * is turned into CSV, so the database and the formatting overlap (one batch ahead at most).
 * Each batch comes as one JSON text (json_agg), parsed by JSON.parse: the Prisma client's
 * conversion of every row and column was a third of the export's time. It is read through
 * the client's own pg pool (`poolOf`): through the Prisma client these large texts were kept
 * alive long enough to pile up in the heap (decision 013). The cursor is the last row's
 * created_at as PostgreSQL wrote it, to the microsecond (a Date keeps only milliseconds,
 * which could skip or repeat rows at a batch's edge).
 */
async function* readBatches(
  db: Db,
  staff: StaffContext,
  view: SignupView,
  { timeZone, now }: { timeZone: string; now: Date },
): AsyncGenerator<Row[]> {
  const conditions = signupConditions(view, staff, { timeZone, now });
  // Batches page on created_at to the microsecond (below), so the file comes newest or oldest
  // first: a list in another order is downloaded oldest first.
  const isDescending = view.sort === "newest";
  const { order } = keyset(isDescending ? "newest" : "oldest", undefined);
  const pool = poolOf(db);
  const read = (last: Row | undefined) => {
    const after = !last
      ? Prisma.sql`TRUE`
      : isDescending
        ? Prisma.sql`(s.created_at, s.id) < (${last.created_at}::timestamptz, ${last.id}::uuid)`
        : Prisma.sql`(s.created_at, s.id) > (${last.created_at}::timestamptz, ${last.id}::uuid)`;
    const query = Prisma.sql`
      SELECT coalesce(json_agg(s ${order})::text, '[]') AS rows FROM (
        SELECT s.id, s.role, s.status, s.created_at, s.answers, coalesce(nullif(u.name, ''), u.email) AS assignee_name,
               to_char(s.status_changed_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD HH24:MI:SS') AS status_changed,
               n.notes, to_char(n.last_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS last_note,
               (SELECT coalesce(json_agg(json_build_object('stepKey', o.step_key, 'instance', o.instance,
                         'completedOn', o.completed_on, 'expiresOn', o.expires_on)), '[]')
                  FROM onboarding_steps o WHERE o.signup_id = s.id) AS steps
          FROM signups s LEFT JOIN staff_users u ON u.id = s.assignee_id
          LEFT JOIN LATERAL (
            SELECT count(*)::int AS notes, max(created_at) AS last_at
              FROM signup_notes WHERE signup_id = s.id) n ON TRUE
         WHERE ${conditions} AND ${after}
         ${order}
         LIMIT ${EXPORT_BATCH}) s`;
    const batch = pool.query<{ rows: string }>(query.text, query.values);
    // Awaited below; this only keeps a read left behind by a cancelled download from
    // becoming an unhandled rejection.
    batch.catch(() => {});
    return batch;
  };
  let pending: ReturnType<typeof read> | null = read(undefined);
  while (pending) {
    const batch = JSON.parse((await pending).rows[0]!.rows) as Row[];
    pending = batch.length === EXPORT_BATCH ? read(batch.at(-1)) : null;
    yield batch;
  }
}

export function exportSignups(
  db: Db,
  staff: StaffContext,
  view: SignupView,
  messages: Messages,
  now = new Date(),
  timeZone = getEnv().ORG_TIME_ZONE,
): { fileName: string; body: ReadableStream<Uint8Array> } {
  assertRole(staff, "reviewer");
  const exportMessages = {
    timeZone,
    forms: messages.forms,
    columns: messages.admin.export.columns,
    answerColumns: messages.admin.export.answerColumns,
    roles: messages.admin.signupList.roles,
    statuses: messages.admin.signupList.statuses,
    onboarding: {
      ...messages.admin.export,
      readiness: messages.admin.export.columns.readiness,
      titles: messages.onboarding.steps,
    },
    today: localDay(now, timeZone),
  };
  const layout = exportLayout(exportRoles(view), exportMessages);
  async function* records(): AsyncGenerator<ExportRecord[]> {
    let rows = 0;
    let isComplete = false;
    try {
      for await (const batch of readBatches(db, staff, view, { timeZone, now })) {
        for (let start = 0; start < batch.length; start += CSV_CHUNK) {
          const part = batch.slice(start, start + CSV_CHUNK);
          rows += part.length;
          yield part.map((row) =>
            exportRecord(
              {
                id: row.id,
                role: row.role,
                status: row.status,
                createdAt: new Date(row.created_at),
                statusChanged: row.status_changed,
                assigneeName: row.assignee_name,
                notes: row.notes,
                lastNote: row.last_note,
                answers: row.answers ?? {},
                steps: row.steps,
              },
              layout,
              exportMessages,
            ),
          );
        }
      }
      isComplete = true;
    } finally {
      // Also when the download was cut short: then it says how many rows had been read.
      await recordAudit(db, {
        actorId: staff.userId,
        action: "signups_exported",
        detail: { filter: auditedFilter(view), rows, isComplete },
      });
    }
  }
  return {
    fileName: format(messages.admin.export.fileName, { date: localDay(now, timeZone) }),
    body: csvStream(records(), layout.columns),
  };
}
