import "server-only";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { keyset, signupConditions, SORT_KEYS } from "./signup-filter";
import { withoutCursor, type SignupView } from "./signup-view";

// A record's place in the list view it was opened from: the signups just before and after it
// in that view's order, with the list's own filter and keyset, so Previous and Next walk the
// same rows the list shows. A record that no longer matches the view (its status was just
// changed) still has neighbours: the keyset finds them from its (sort key, id).

export type Neighbours = {
  previous: string | null;
  next: string | null;
  /** Its place in the view (1 is the first row), or null when it is not in the view. */
  position: number | null;
  total: number;
};

export async function findNeighbours(
  db: Db,
  staff: StaffContext,
  signupId: string,
  listView: SignupView,
  options: { timeZone?: string } = {},
): Promise<Neighbours | null> {
  assertRole(staff, "reviewer");
  const view = withoutCursor(listView);
  // The record's own value of the view's order (its signup time, waiting time or name).
  const [self] = await db.$queryRaw<{ key: Date | string }[]>`
    SELECT ${SORT_KEYS[view.sort].key} AS key FROM signups s WHERE s.id = ${signupId}::uuid`;
  if (!self) return null;
  const here = { key: self.key, id: signupId, index: 0 };
  const ahead = keyset(view.sort, { direction: "before", ...here });
  const behind = keyset(view.sort, { direction: "after", ...here });
  const where = signupConditions(view, staff, options);
  const [row] = await db.$queryRaw<
    { previous: string | null; next: string | null; ahead: number; total: number; isInView: boolean }[]
  >`
    SELECT (SELECT s.id::text FROM signups s WHERE ${where} AND ${ahead.after} ${ahead.order} LIMIT 1) AS previous,
           (SELECT s.id::text FROM signups s WHERE ${where} AND ${behind.after} ${behind.order} LIMIT 1) AS next,
           (SELECT count(*)::int FROM signups s WHERE ${where} AND ${ahead.after}) AS ahead,
           (SELECT count(*)::int FROM signups s WHERE ${where}) AS total,
           EXISTS (SELECT 1 FROM signups s WHERE ${where} AND s.id = ${signupId}::uuid) AS "isInView"`;
  return {
    previous: row!.previous,
    next: row!.next,
    position: row!.isInView ? row!.ahead + 1 : null,
    total: row!.total,
  };
}
