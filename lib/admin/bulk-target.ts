import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { StaffContext } from "../auth/staff-session";
import type { Selection } from "./bulk-selection";
import { keyset, signupConditions } from "./signup-filter";

/** The signups a selection names, as a condition on `signups s`; anonymised ones never. */
export function selectionWhere(selection: Selection, staff: StaffContext): Prisma.Sql {
  const chosen =
    selection.kind === "ids"
      ? Prisma.sql`s.id = ANY(${selection.ids}::uuid[])`
      : signupConditions(selection.view, staff);
  return Prisma.sql`${chosen} AND s.anonymized_at IS NULL`;
}

/** The order the list shows the selection in (its first row is "the first"). */
export function selectionOrder(selection: Selection): Prisma.Sql {
  return keyset(selection.kind === "view" ? selection.view.sort : "newest", undefined).order;
}

/** What the audit log keeps of a selection: its size and which filters, never a search's words. */
export function selectionDetail(selection: Selection): Record<string, unknown> {
  if (selection.kind === "ids") return { scope: "ids" };
  const { q, ...filters } = selection.view;
  return { scope: "view", filters: { ...filters, ...(q ? { q: "(search)" } : {}) } };
}
