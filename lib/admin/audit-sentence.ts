import type { AuditAction } from "../auth/audit";
import type { Messages } from "../messages/en";
import { format } from "../messages/format";
import { plural } from "../messages/plural";
import { stepName, type StepTitles } from "../onboarding/step-words";

// An audit entry in words. The log keeps ids only (no volunteer's personal data), so the names
// come from the rows as they are now, looked up by the caller: a signup deleted since reads as
// "a deleted signup".

type Words = Pick<Messages["admin"], "audit" | "roles" | "signupList" | "record"> & {
  /** The onboarding steps' titles (messages.onboarding.steps): a step's entry names it. */
  stepTitles?: StepTitles;
};
type SentenceKey = keyof Words["audit"]["sentences"];

/** Current names by id, looked up for one page of entries. */
export type AuditNames = {
  staff: ReadonlyMap<string, string>;
  /** A signup's first and last name; null once it is anonymised. */
  signups: ReadonlyMap<string, string | null>;
  templates: ReadonlyMap<string, string>;
};

export type SentenceInput = {
  action: AuditAction;
  actorId: string | null;
  subject: string | null;
  detail: unknown;
};

const SIGNUP_SUBJECT = new Set<AuditAction>([
  "signup_viewed",
  "signup_status_changed",
  "signup_assigned",
  "signup_follow_up_set",
  "signup_follow_up_cleared",
  "signup_message_sent",
  "signup_note_added",
  "signup_note_edited",
  "signup_email_resent",
  "signup_step_completed",
  "signup_step_changed",
  "signup_step_cleared",
  "signup_anonymized",
  "signup_deleted",
  "volunteer_deleted_data",
]);

const TEMPLATE_SUBJECT = new Set<AuditAction>([
  "message_template_created",
  "message_template_changed",
  "message_template_deleted",
]);

/** The subject is a signup (rather than a staff account or a template). */
export const isSignupAction = (action: AuditAction) => SIGNUP_SUBJECT.has(action);

function fieldsOf(detail: unknown): Record<string, unknown> {
  return detail && typeof detail === "object" && !Array.isArray(detail)
    ? (detail as Record<string, unknown>)
    : {};
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

function label(labels: Readonly<Record<string, string>>, value: unknown): string {
  const key = text(value);
  return labels[key] ?? key;
}

/** Which wording an entry takes: some actions read differently by their detail. */
export function sentenceKey(action: AuditAction, detail: unknown): SentenceKey {
  const d = fieldsOf(detail);
  switch (action) {
    case "sign_in":
      return d.twoFactor === true ? "sign_in_two_factor" : "sign_in";
    case "sign_in_failed":
      return d.reason === "paused" ? "sign_in_failed_paused" : "sign_in_failed";
    case "setting_changed":
      if (d.requireTwoFactor === true) return "setting_two_factor_required";
      if (d.requireTwoFactor === false) return "setting_two_factor_optional";
      if (d.setting === "proBonoWeek") return "setting_pro_bono_week";
      return "setting_changed";
    case "signup_assigned":
      return d.assigneeId ? "signup_assigned" : "signup_unassigned";
    case "signups_bulk_changed":
      if (d.change === "status") return "signups_bulk_status";
      if (d.change === "assignee") return d.to ? "signups_bulk_assigned" : "signups_bulk_unassigned";
      if (d.change === "followUp") return d.to ? "signups_bulk_follow_up" : "signups_bulk_follow_up_cleared";
      return "signups_bulk_changed";
    case "signups_exported":
      return d.isComplete === false ? "signups_exported_cut" : "signups_exported";
    default:
      return action;
  }
}

/** Who did it: a staff member's current name, or who it was when no one is named. */
export function actorName(
  actorId: string | null,
  names: AuditNames,
  m: Words["audit"],
  detail?: unknown,
): string {
  if (actorId === null) return fieldsOf(detail).actor === "volunteer" ? m.theVolunteer : m.theSystem;
  return names.staff.get(actorId) ?? m.removedStaff;
}

function subjectName(entry: SentenceInput, names: AuditNames, m: Words["audit"]): string {
  const { action, subject } = entry;
  if (SIGNUP_SUBJECT.has(action)) {
    const name = subject ? names.signups.get(subject) : undefined;
    if (name === null) return m.anonymisedSignup;
    return name ? format(m.signupOf, { name }) : m.deletedSignup;
  }
  if (subject === null) return m.unknownAccount;
  return names.staff.get(subject) ?? m.removedStaff.toLowerCase();
}

function templatePhrase(entry: SentenceInput, names: AuditNames, m: Words["audit"]): string {
  const d = fieldsOf(entry.detail);
  if (TEMPLATE_SUBJECT.has(entry.action)) {
    const name = (entry.subject && names.templates.get(entry.subject)) || text(d.name);
    return name ? format(m.templateTitle, { name }) : m.someTemplate;
  }
  const id = text(d.templateId);
  if (!id) return m.writtenMessage;
  const name = names.templates.get(id);
  return name ? format(m.templateNamed, { name }) : m.deletedTemplate;
}

function signupCount(value: unknown, m: Words["audit"]): string {
  const count = typeof value === "number" ? value : 0;
  return plural("en", m.signups, count);
}

/** The entry as one sentence, with no ids and no raw detail. */
export function auditSentence(entry: SentenceInput, names: AuditNames, words: Words): string {
  const m = words.audit;
  const d = fieldsOf(entry.detail);
  const statuses = words.signupList.statuses as Readonly<Record<string, string>>;
  const isBulk = entry.action === "signups_bulk_changed";
  const assigneeId = text(isBulk ? d.to : d.assigneeId);
  const count = d.changed ?? d.count ?? d.rows;
  return format(m.sentences[sentenceKey(entry.action, entry.detail)], {
    actor: actorName(entry.actorId, names, m, entry.detail),
    subject: subjectName(entry, names, m),
    from: label(statuses, d.from),
    to: label(statuses, d.to),
    status: label(statuses, d.status),
    role: label({ ...words.roles, ...words.signupList.roles }, d.role),
    assignee: assigneeId ? (names.staff.get(assigneeId) ?? m.removedStaff.toLowerCase()) : m.nobody,
    // A bulk follow-up's value is "day|reason": the reason is the coordinator's words, left out.
    on: text(isBulk ? d.to : d.on).split("|")[0]!,
    pause: typeof d.minutes === "number" ? plural("en", m.minutes, d.minutes) : "",
    age: typeof d.days === "number" ? plural("en", m.days, d.days) : "",
    signups: signupCount(count, m),
    template: templatePhrase(entry, names, m),
    // A campaign link's entries keep its code, which is what staff print and share.
    code: text(d.code),
    // The log keeps the step only, not the pair it was for.
    step: words.stepTitles
      ? stepName(words.stepTitles, text(d.step), words.record.steps.anyPair)
      : text(d.step),
  });
}
