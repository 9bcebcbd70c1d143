import "server-only";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Role } from "../signup/options";
import { keyset, signupConditions } from "./signup-filter";
import { encodeCursor, SIGNUP_STATUSES, type SignupStatus, type SignupView } from "./signup-view";

// The signups list: one page of a view, in keyset pages, and the counts per status of the
// view's other filters (so each status link says how many it would show).

export const PAGE_SIZE = 50;

export type SignupListRow = {
  id: string;
  role: Role;
  status: SignupStatus;
  /** Null once anonymised: the row is listed, its person is gone. */
  name: string | null;
  languages: string[];
  createdAt: Date;
  assigneeName: string | null;
};

export type SignupList = {
  rows: SignupListRow[];
  counts: Record<SignupStatus, number>;
  /** Cursors of the pages either side, when there are any. */
  next?: string;
  previous?: string;
};

type Row = {
  id: string;
  role: Role;
  status: SignupStatus;
  first_name: string;
  last_name: string;
  languages: string[];
  created_at: Date;
  anonymized_at: Date | null;
  assignee_name: string | null;
};

export async function listSignups(db: Db, staff: StaffContext, view: SignupView): Promise<SignupList> {
  assertRole(staff, "reviewer");
  const [rows, counts] = await Promise.all([readPage(db, staff, view), countByStatus(db, staff, view)]);
  return { ...rows, counts };
}

async function readPage(db: Db, staff: StaffContext, view: SignupView) {
  const { after, order, isReversed } = keyset(view.sort, view.cursor);
  const found = await db.$queryRaw<Row[]>`
    SELECT s.id, s.role, s.status, s.first_name, s.last_name, s.languages, s.created_at,
           s.anonymized_at, coalesce(nullif(u.name, ''), u.email) AS assignee_name
      FROM signups s LEFT JOIN staff_users u ON u.id = s.assignee_id
     WHERE ${signupConditions(view, staff)} AND ${after}
     ${order}
     LIMIT ${PAGE_SIZE + 1}`;
  const hasMore = found.length > PAGE_SIZE;
  const page = found.slice(0, PAGE_SIZE);
  if (isReversed) page.reverse();
  const rows = page.map(toListRow);
  const first = rows[0];
  const last = rows.at(-1);
  // Reading forwards, the page we came from is behind us; reading back, the one we left is ahead.
  const hasNext = isReversed ? true : hasMore;
  const hasPrevious = isReversed ? hasMore : view.cursor !== undefined;
  return {
    rows,
    next:
      hasNext && last
        ? encodeCursor({ direction: "after", createdAt: last.createdAt, id: last.id })
        : undefined,
    previous:
      hasPrevious && first
        ? encodeCursor({ direction: "before", createdAt: first.createdAt, id: first.id })
        : undefined,
  };
}

function toListRow(row: Row): SignupListRow {
  return {
    id: row.id,
    role: row.role,
    status: row.status,
    name: row.anonymized_at ? null : `${row.first_name} ${row.last_name}`,
    languages: row.languages,
    createdAt: row.created_at,
    assigneeName: row.assignee_name,
  };
}

async function countByStatus(db: Db, staff: StaffContext, view: SignupView) {
  const found = await db.$queryRaw<{ status: SignupStatus; count: number }[]>`
    SELECT s.status, count(*)::int AS count FROM signups s
     WHERE ${signupConditions(view, staff, { withStatus: false })}
     GROUP BY s.status`;
  const counts = Object.fromEntries(SIGNUP_STATUSES.map((status) => [status, 0])) as Record<
    SignupStatus,
    number
  >;
  for (const { status, count } of found) counts[status] = count;
  return counts;
}
