"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
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
import { getMessages } from "@/lib/messages";
import { staffAction } from "../../../staff-access";

// Every change on a signup's record. Each parses its form, calls one lib/admin function (which
// checks the role again and decides stale and repeated changes) and answers in words; the page
// is rendered again after anything that may have changed what it shows.

const words = () => getMessages().admin.record;

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
  return change(StatusFormSchema, form, { saved: words().status.saved }, (staff, input) =>
    changeStatus(getDb(), staff, input),
  );
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
