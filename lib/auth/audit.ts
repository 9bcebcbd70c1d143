import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../db/client";

// The append-only audit log (the database refuses updates and deletes). `detail` carries ids,
// changed settings and, for security events, the client's address (`client`); never a
// volunteer's personal data.

export type AuditAction =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_locked"
  | "sign_in_deactivated"
  | "sign_out"
  | "password_changed"
  | "password_set"
  | "password_reset_requested"
  | "two_factor_enabled"
  | "two_factor_disabled"
  | "two_factor_failed"
  | "password_check_failed"
  | "sessions_revoked"
  | "staff_created"
  | "staff_invited"
  | "staff_invitation_resent"
  | "staff_invitation_cancelled"
  | "staff_role_changed"
  | "staff_deactivated"
  | "staff_reactivated"
  | "staff_lockout_lifted"
  | "staff_two_factor_reset"
  | "staff_sessions_revoked"
  | "staff_name_changed"
  | "setting_changed"
  | "signup_viewed"
  | "signup_status_changed"
  | "signup_assigned"
  | "signup_follow_up_set"
  | "signup_follow_up_cleared"
  | "signups_bulk_changed"
  | "signup_message_sent"
  | "signups_message_sent"
  | "message_template_created"
  | "message_template_changed"
  | "message_template_deleted"
  | "signup_note_added"
  | "signup_note_edited"
  | "signup_email_resent"
  /**
   * Staff marked an onboarding step done (on the record, or by a training's attendance:
   * detail.trainingId), changed what it recorded, or cleared it (subject the signup, detail.step).
   */
  | "signup_step_completed"
  | "signup_step_changed"
  | "signup_step_cleared"
  | "signups_exported"
  /** The recruitment report's CSV (detail { from, to, rows }: the period's days, rows written). */
  | "recruitment_exported"
  | "signup_anonymized"
  | "signup_deleted"
  | "signups_retention_anonymized"
  /** Training sessions (subject the session's id; lib/trainings/). */
  | "training_created"
  | "training_changed"
  | "training_cancelled"
  /** detail { signupId }. */
  | "training_attendance_marked"
  | "training_attendance_unmarked"
  /** Campaign links (subject the link's id, detail.code; lib/attribution/campaign-links.ts). */
  | "campaign_link_created"
  | "campaign_link_archived"
  /** A volunteer deleted their own data from their page (actorId null, detail.actor "volunteer"). */
  | "volunteer_deleted_data";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  subject?: string | null;
  detail?: Prisma.InputJsonValue;
};

export async function recordAudit(db: Pick<Db, "auditEvent">, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subject: entry.subject ?? null,
      detail: entry.detail,
    },
  });
}
