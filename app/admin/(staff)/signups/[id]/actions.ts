"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/admin/action-result";
import { resendEmail } from "@/lib/admin/email-resend";
import type { ChangeOutcome } from "@/lib/admin/record-change";
import {
  AssignToMeFormSchema,
  NoteAddFormSchema,
  NoteEditFormSchema,
  RECORD_FIELDS,
  type RecordField,
  RecordFormSchema,
  ResendFormSchema,
} from "@/lib/admin/record-forms";
import { FOLLOW_UP_REASON_MAX } from "@/lib/admin/note-limits";
import { isPlural, plural } from "@/lib/messages/plural";
import { saveRecord, type RecordSave } from "@/lib/admin/record-save";
import { assignSignup } from "@/lib/admin/signup-changes";
import { addNote, editNote } from "@/lib/admin/signup-notes";
import type { StaffContext } from "@/lib/auth/staff-session";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format, getStaffMessages } from "@/lib/messages";
import { formatTime } from "@/lib/admin/record-time";
import { SendOneFormSchema } from "@/lib/outreach/message-forms";
import { sendToOne } from "@/lib/outreach/send-message";
import { saveRecordAndSend } from "@/lib/outreach/status-message";
import { BRACE_ERROR, PLACEHOLDER_ERROR } from "@/lib/outreach/template-form";
import { changeStep } from "@/lib/onboarding/step-changes";
import type { StepActionResult } from "@/lib/onboarding/step-action-result";
import { stepErrorWords, stepFormErrors, stepFormSchema } from "@/lib/onboarding/step-form";
import { localDay } from "@/lib/time/zoned";
import { staffAction } from "../../../staff-access";

// Every change on a signup's record. Each parses its form, calls one lib/admin function (which
// checks the role again and decides stale and repeated changes) and answers in words; the page
// is rendered again after anything that may have changed what it shows.

const words = () => getStaffMessages().admin.record;

type Done = { saved: string; stale?: string };

async function change<S extends z.ZodType<{ signupId: string }>>(
  schema: S,
  form: FormData,
  done: Done,
  work: (staff: StaffContext, input: z.infer<S>) => Promise<ChangeOutcome>,
): Promise<ActionResult> {
  const m = words();
  const result = await staffAction({}, async (staff) => {
    const input = schema.safeParse(Object.fromEntries(form));
    if (!input.success) return { status: "invalid", message: m.invalid };
    const outcome = await work(staff, input.data);
    if (outcome !== "invalid") revalidatePath(`/admin/signups/${input.data.signupId}`);
    switch (outcome) {
      case "saved":
      case "unchanged":
        return { status: "ok", message: done.saved };
      case "stale":
        return { status: "invalid", message: done.stale ?? m.stale };
      case "not_found":
        return { status: "invalid", message: m.notFound };
      case "not_author":
        return { status: "forbidden", message: m.notes.notAuthor };
      default:
        return { status: "invalid", message: m.invalid };
    }
  });
  if (result.status === "signed_out") return { ...result, message: m.signedOut };
  if (result.status === "forbidden" && !result.message) return { ...result, message: m.forbidden };
  return result;
}

const fieldError = (field: RecordField) => {
  const text = words().work.errors[field];
  return isPlural(text) ? plural("en", text, FOLLOW_UP_REASON_MAX) : text;
};

/** The record's one Save: status, assignee and follow-up, and the status's message if ticked. */
export async function saveRecordAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = words();
  const result = await staffAction({}, async (staff): Promise<ActionResult> => {
    const input = RecordFormSchema.safeParse(Object.fromEntries(form));
    if (!input.success) {
      const fields = input.error.issues.flatMap((issue) => {
        const field = RECORD_FIELDS.find((name) => name === issue.path[0]);
        return field ? [[field, fieldError(field)] as const] : [];
      });
      return { status: "invalid", message: m.work.invalid, fieldErrors: Object.fromEntries(fields) };
    }
    const requestKey = z.uuid().safeParse(form.get("requestKey"));
    const db = getDb();
    let saved = m.work.saved;
    let save: RecordSave;
    if (form.get("sendTemplate") === "on" && requestKey.success) {
      // The status's message goes with the changes, in their transaction; its outcome picks the words.
      const sent = await saveRecordAndSend({ db, env: getEnv() }, staff, input.data, requestKey.data);
      save = sent.save;
      if (typeof sent.message === "object")
        saved = sent.message.kind === "do_not_contact" ? m.messages.statusNotSent : m.messages.statusSentToo;
    } else {
      save = await saveRecord(db, staff, input.data);
    }
    if (save.outcome !== "invalid") revalidatePath(`/admin/signups/${input.data.signupId}`);
    switch (save.outcome) {
      case "saved":
        return { status: "ok", message: saved };
      case "unchanged":
        return { status: "ok", message: m.work.unchanged };
      case "stale":
        return { status: "invalid", message: m.stale };
      case "not_found":
        return { status: "invalid", message: m.notFound };
      default:
        return {
          status: "invalid",
          message: m.work.invalid,
          fieldErrors: save.invalid ? { [save.invalid]: fieldError(save.invalid) } : undefined,
        };
    }
  });
  if (result.status === "signed_out") return { ...result, message: m.signedOut };
  if (result.status === "forbidden" && !result.message) return { ...result, message: m.forbidden };
  return result;
}

export async function sendMessageAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = words().messages;
  const result = await staffAction({}, async (staff) => {
    const input = SendOneFormSchema.safeParse(Object.fromEntries(form));
    if (!input.success) {
      const codes = input.error.issues.map((issue) => issue.message);
      const message = codes.includes(PLACEHOLDER_ERROR)
        ? m.placeholderError
        : codes.includes(BRACE_ERROR)
          ? m.braceError
          : m.required;
      return { status: "invalid", message };
    }
    const env = getEnv();
    const outcome = await sendToOne({ db: getDb(), env }, staff, input.data);
    revalidatePath(`/admin/signups/${input.data.signupId}`);
    switch (outcome.kind) {
      case "sent":
        return {
          status: "ok",
          message:
            outcome.lastHour.getTime() > Date.now()
              ? format(m.sentLater, { time: formatTime(outcome.lastHour, env.ORG_TIME_ZONE) })
              : m.sent,
        };
      case "do_not_contact":
        return { status: "invalid", message: m.refusedDoNotContact };
      case "repeated":
        return { status: "ok", message: m.repeated };
      default:
        return { status: "invalid", message: words().notFound };
    }
  });
  if (result.status === "signed_out") return { ...result, message: words().signedOut };
  if (result.status === "forbidden" && !result.message) return { ...result, message: words().forbidden };
  return result;
}

/** "Assign to me" in one click: whoever is signed in, never an id the form names. */
export async function assignToMeAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return change(AssignToMeFormSchema, form, { saved: words().assignee.saved }, (staff, input) =>
    assignSignup(getDb(), staff, { ...input, assigneeId: staff.userId }),
  );
}

export async function addNoteAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return change(NoteAddFormSchema, form, { saved: words().notes.added }, (staff, input) =>
    addNote(getDb(), staff, input),
  );
}

export async function editNoteAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = words().notes;
  return change(NoteEditFormSchema, form, { saved: m.saved, stale: m.stale }, (staff, input) =>
    editNote(getDb(), staff, input),
  );
}

export async function resendEmailAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return change(ResendFormSchema, form, { saved: words().emails.resent }, (staff, input) =>
    resendEmail({ db: getDb(), env: getEnv() }, staff, input),
  );
}

/** One onboarding step marked done, changed or cleared; a refused save keeps what was typed. */
export async function changeStepAction(
  _: StepActionResult | null,
  form: FormData,
): Promise<StepActionResult> {
  const m = words().steps;
  const values = {
    completedOn: String(form.get("completedOn") ?? ""),
    expiresOn: String(form.get("expiresOn") ?? ""),
    value: String(form.get("value") ?? ""),
  };
  const result = await staffAction({}, async (staff): Promise<StepActionResult> => {
    const today = localDay(new Date(), getEnv().ORG_TIME_ZONE);
    const input = stepFormSchema(today).safeParse(Object.fromEntries(form));
    if (!input.success) {
      const fieldErrors = stepErrorWords(
        stepFormErrors(input.error.issues),
        m.errors,
        String(form.get("step")),
      );
      return {
        status: "invalid",
        message: Object.keys(fieldErrors).length ? m.invalid : words().invalid,
        fieldErrors,
        values,
      };
    }
    const outcome = await changeStep(getDb(), staff, input.data, today);
    revalidatePath(`/admin/signups/${input.data.signupId}`);
    switch (outcome) {
      case "saved":
        return { status: "ok", message: input.data.intent === "clear" ? m.cleared : m.saved };
      case "unchanged":
        return { status: "ok", message: m.unchanged };
      case "not_required":
        return { status: "invalid", message: m.notRequired, values };
      case "volunteer_only":
        return { status: "forbidden", message: m.volunteerOnlyRefused };
      default:
        return { status: "invalid", message: words().notFound };
    }
  });
  if (result.status === "signed_out") return { ...result, message: words().signedOut, values };
  if (result.status === "forbidden" && !result.message) return { ...result, message: words().forbidden };
  return result;
}
