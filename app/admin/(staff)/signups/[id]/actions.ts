"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/admin/action-result";
import { resendEmail } from "@/lib/admin/email-resend";
import type { ChangeOutcome } from "@/lib/admin/record-change";
import {
  AssignFormSchema,
  FollowUpFormSchema,
  NoteAddFormSchema,
  NoteEditFormSchema,
  ResendFormSchema,
  StatusFormSchema,
} from "@/lib/admin/record-forms";
import { assignSignup, changeStatus, setFollowUp } from "@/lib/admin/signup-changes";
import { addNote, editNote } from "@/lib/admin/signup-notes";
import type { StaffContext } from "@/lib/auth/staff-session";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format, getStaffMessages } from "@/lib/messages";
import { formatTime } from "@/lib/admin/record-time";
import { SendOneFormSchema } from "@/lib/outreach/message-forms";
import { sendToOne } from "@/lib/outreach/send-message";
import { changeStatusAndSend } from "@/lib/outreach/status-message";
import { BRACE_ERROR, PLACEHOLDER_ERROR } from "@/lib/outreach/template-form";
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

export async function changeStatusAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const requestKey = z.uuid().safeParse(form.get("requestKey"));
  if (form.get("sendTemplate") !== "on" || !requestKey.success) {
    return change(StatusFormSchema, form, { saved: words().status.saved }, (staff, input) =>
      changeStatus(getDb(), staff, input),
    );
  }
  // The status's message goes with the change, in its transaction; its outcome picks the words.
  const m = words().messages;
  let saved = m.statusSentToo;
  return change(StatusFormSchema, form, { saved: m.statusSentToo }, async (staff, input) => {
    const outcome = await changeStatusAndSend({ db: getDb(), env: getEnv() }, staff, input, requestKey.data);
    if (outcome.message !== "no_template" && outcome.message.kind === "do_not_contact")
      saved = m.statusNotSent;
    if (outcome.message === "no_template") saved = words().status.saved;
    return outcome.change;
  }).then((result) => (result.status === "ok" ? { ...result, message: saved } : result));
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

export async function assignAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return change(AssignFormSchema, form, { saved: words().assignee.saved }, (staff, input) =>
    assignSignup(getDb(), staff, input),
  );
}

export async function followUpAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = words().followUp;
  return change(FollowUpFormSchema, form, { saved: form.get("on") ? m.saved : m.cleared }, (staff, input) =>
    setFollowUp(getDb(), staff, input),
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
