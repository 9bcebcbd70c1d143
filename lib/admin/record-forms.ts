import { z } from "zod";
import { SignupStatus } from "../generated/prisma/enums";
import { FOLLOW_UP_REASON_MAX, NOTE_MAX } from "./note-limits";

// The record page's forms, read by their components (limits, names) and parsed by their
// server actions. Every id that makes a change idempotent (a note's, a resend's) comes from
// the form, so a double click repeats the same change instead of making a second one.

/** In the order staff move a signup through them (the schema's). */
export const RECORD_STATUSES = Object.values(SignupStatus);
export const RESEND_KINDS = ["volunteer_confirmation", "staff_notification"] as const;
export type ResendKind = (typeof RESEND_KINDS)[number];

const id = z.uuid();
const version = z.coerce.number().int().min(1);
const body = z.string().trim().min(1).max(NOTE_MAX);

export const StatusFormSchema = z.object({ signupId: id, version, status: z.enum(RECORD_STATUSES) });
export const AssignFormSchema = z.object({
  signupId: id,
  version,
  // "" is nobody; staff ids are better-auth's (not uuids).
  assigneeId: z
    .string()
    .max(100)
    .transform((value) => value || null),
});
export const AssignToMeFormSchema = z.object({ signupId: id, version });
const day = z.iso.date();
/** A follow-up date with its reason, or "" for none: clearing it. */
export const FollowUpFormSchema = z
  .object({
    signupId: id,
    version,
    on: z.union([z.literal(""), day]).transform((value) => value || null),
    reason: z
      .string()
      .trim()
      .max(FOLLOW_UP_REASON_MAX)
      .transform((value) => value || null),
  })
  .transform((form) => (form.on === null ? { ...form, reason: null } : form));
/**
 * The record's one Save: its status, assignee and follow-up together, from the version the
 * person saw. Each part is compared with the row, so only what changed is written.
 */
export const RecordFormSchema = z
  .object({
    signupId: id,
    version,
    status: z.enum(RECORD_STATUSES),
    assigneeId: AssignFormSchema.shape.assigneeId,
    on: z.union([z.literal(""), day]).transform((value) => value || null),
    reason: z
      .string()
      .trim()
      .max(FOLLOW_UP_REASON_MAX)
      .transform((value) => value || null),
  })
  .transform((form) => (form.on === null ? { ...form, reason: null } : form));
/** The record form's fields a person fills in: where an error is shown. */
export const RECORD_FIELDS = ["status", "assigneeId", "on", "reason"] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
export const NoteAddFormSchema = z.object({ signupId: id, noteId: id, body });
export const NoteEditFormSchema = z.object({ signupId: id, noteId: id, version, body });
export const ResendFormSchema = z.object({ signupId: id, kind: z.enum(RESEND_KINDS), requestKey: id });

export type RecordForm = z.infer<typeof RecordFormSchema>;
export type StatusForm = z.infer<typeof StatusFormSchema>;
export type AssignForm = z.infer<typeof AssignFormSchema>;
export type FollowUpForm = z.infer<typeof FollowUpFormSchema>;
export type NoteAddForm = z.infer<typeof NoteAddFormSchema>;
export type NoteEditForm = z.infer<typeof NoteEditFormSchema>;
export type ResendForm = z.infer<typeof ResendFormSchema>;
