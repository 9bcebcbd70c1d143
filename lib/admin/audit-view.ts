import * as z from "zod/mini";
import type { AuditAction } from "../auth/audit";

// The audit log page's view (person, action, days, page) lives in the URL, like the signups
// list's. Parsing never fails: a value that is not valid is dropped.

/** Every action the log records, in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "sign_in_locked",
  "sign_in_deactivated",
  "sign_out",
  "password_changed",
  "password_set",
  "password_reset_requested",
  "two_factor_enabled",
  "two_factor_disabled",
  "two_factor_failed",
  "password_check_failed",
  "sessions_revoked",
  "staff_created",
  "staff_invited",
  "staff_invitation_resent",
  "staff_invitation_cancelled",
  "staff_role_changed",
  "staff_deactivated",
  "staff_reactivated",
  "staff_lockout_lifted",
  "staff_two_factor_reset",
  "staff_sessions_revoked",
  "staff_name_changed",
  "setting_changed",
  "signup_viewed",
  "signup_status_changed",
  "signup_assigned",
  "signup_follow_up_set",
  "signup_follow_up_cleared",
  "signups_bulk_changed",
  "signup_message_sent",
  "signups_message_sent",
  "message_template_created",
  "message_template_changed",
  "message_template_deleted",
  "signup_note_added",
  "signup_note_edited",
  "signup_email_resent",
  "signup_step_completed",
  "signup_step_changed",
  "signup_step_cleared",
  "signups_exported",
  "recruitment_exported",
  "signup_anonymized",
  "signup_deleted",
  "signups_retention_anonymized",
  "volunteer_deleted_data",
  "training_created",
  "training_changed",
  "training_cancelled",
  "training_attendance_marked",
  "training_attendance_unmarked",
  "campaign_link_created",
  "campaign_link_archived",
] as const satisfies readonly AuditAction[];

// A new AuditAction that is missing above fails here, so the filter always offers it.
const listsEveryAction: [Exclude<AuditAction, (typeof AUDIT_ACTIONS)[number]>] extends [never]
  ? true
  : false = true;
void listsEveryAction;

/** The filter value for events no signed-in staff member made (failed sign-ins, retention). */
export const NO_ACTOR = "none";

export type AuditView = {
  /** A staff member's id, or NO_ACTOR. */
  actor?: string;
  action?: AuditAction;
  /** Inclusive days, YYYY-MM-DD, in UTC. */
  from?: string;
  to?: string;
  /** Keyset page: events older than this id. */
  before?: string;
};

const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const dropInvalid = <T>(schema: z.ZodMiniType<T>) => z.catch(z.optional(schema), undefined);

const ViewSchema = z.object({
  actor: dropInvalid(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))),
  action: dropInvalid(z.enum(AUDIT_ACTIONS)),
  from: dropInvalid(z.string().check(z.refine(isDay))),
  to: dropInvalid(z.string().check(z.refine(isDay))),
  before: dropInvalid(z.string().check(z.regex(/^[1-9]\d{0,17}$/))),
});

const KEYS = Object.keys(ViewSchema.shape) as (keyof AuditView)[];

/** The view a page's search params describe (the first value of a repeated key). */
export function parseAuditView(record: Record<string, string | string[] | undefined>): AuditView {
  const raw: Record<string, string> = {};
  for (const key of KEYS) {
    const value = record[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") raw[key] = first;
  }
  const parsed = ViewSchema.parse(raw);
  const view: AuditView = {};
  for (const key of KEYS) if (parsed[key] !== undefined) Object.assign(view, { [key]: parsed[key] });
  return view;
}

/** The query string of a view ("" for everything, newest first), in a stable order. */
export function auditViewQuery(view: AuditView): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
