import { z } from "zod";
import { RECORD_STATUSES } from "./record-forms";
import { FOLLOW_UP_REASON_MAX } from "./note-limits";

// The list's bulk change: what to set, parsed by the server action from the bulk bar's form.

export const BULK_CHANGES = ["status", "assignee", "followUp"] as const;

export const BulkChangeSchema = z.discriminatedUnion("change", [
  z.object({ change: z.literal("status"), status: z.enum(RECORD_STATUSES) }),
  z.object({
    change: z.literal("assignee"),
    // "" is nobody; "me" is the person applying it.
    assigneeId: z.string().max(100),
  }),
  z.object({
    change: z.literal("followUp"),
    on: z.union([z.literal(""), z.iso.date()]),
    reason: z.string().trim().max(FOLLOW_UP_REASON_MAX),
  }),
]);

export type BulkChange =
  | { kind: "status"; status: (typeof RECORD_STATUSES)[number] }
  | { kind: "assignee"; assigneeId: string | null }
  | { kind: "followUp"; on: string | null; reason: string | null };

/** The change a form asks for, with "me" as the staff member's own id. */
export function bulkChangeOf(form: Record<string, unknown>, ownId: string): BulkChange | null {
  const parsed = BulkChangeSchema.safeParse(form);
  if (!parsed.success) return null;
  const input = parsed.data;
  if (input.change === "status") return { kind: "status", status: input.status };
  if (input.change === "assignee") {
    const id = input.assigneeId === "me" ? ownId : input.assigneeId;
    return { kind: "assignee", assigneeId: id || null };
  }
  return input.on === ""
    ? { kind: "followUp", on: null, reason: null }
    : { kind: "followUp", on: input.on, reason: input.reason || null };
}
