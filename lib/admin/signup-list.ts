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
  /** Since when it has waited for its next step (SORT_KEYS.waiting). */
  waitingSince: Date;
  assigneeName: string | null;
};

export type SignupList = {
  rows: SignupListRow[];
  counts: Record<SignupStatus, number>;
  /** The position of the page's first row in the view, from 0. */
  start: number;
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
  waiting_since: Date;
  sort_key: Date | string;
  anonymized_at: Date | null;
  assignee_name: string | null;
};

export async function listSignups(db: Db, staff: StaffContext, view: SignupView): Promise<SignupList> {
  assertRole(staff, "reviewer");
  const [rows, counts] = await Promise.all([readPage(db, staff, view), countByStatus(db, staff, view)]);
  return { ...rows, counts };
}

async function readPage(db: Db, staff: StaffContext, view: SignupView) {
  const { key, after, order, isReversed } = keyset(view.sort, view.cursor);
  const found = await db.$queryRaw<Row[]>`
    SELECT s.id, s.role, s.status, s.first_name, s.last_name, s.languages, s.created_at,
           coalesce(s.status_changed_at, s.created_at) AS waiting_since, ${key} AS sort_key,
           s.anonymized_at, coalesce(nullif(u.name, ''), u.email) AS assignee_name
      FROM signups s LEFT JOIN staff_users u ON u.id = s.assignee_id
     WHERE ${signupConditions(view, staff)} AND ${after}
     ${order}
     LIMIT ${PAGE_SIZE + 1}`;
  const hasMore = found.length > PAGE_SIZE;
  const page = found.slice(0, PAGE_SIZE);
  if (isReversed) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  // Reading forwards, the page we came from is behind us; reading back, the one we left is ahead.
  const hasNext = isReversed ? true : hasMore;
  const hasPrevious = isReversed ? hasMore : view.cursor !== undefined;
  // The cursor says where its row stands; back at the first page, we know it is 0 whatever it said.
  const cursor = view.cursor;
  const start =
    !cursor || (isReversed && !hasMore)
      ? 0
      : cursor.direction === "after"
        ? cursor.index + 1
        : Math.max(0, cursor.index - page.length);
  return {
    rows: page.map(toListRow),
    start,
    next:
      hasNext && last
        ? encodeCursor({
            direction: "after",
            key: last.sort_key,
            id: last.id,
            index: start + page.length - 1,
          })
        : undefined,
    previous:
      hasPrevious && first
        ? encodeCursor({ direction: "before", key: first.sort_key, id: first.id, index: start })
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
    waitingSince: row.waiting_since,
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
