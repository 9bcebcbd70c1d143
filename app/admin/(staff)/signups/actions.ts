"use server";

import { revalidatePath } from "next/cache";
import type { BulkAnswer } from "@/lib/admin/bulk-answer";
import { applyBulkChange, countSelection } from "@/lib/admin/bulk-changes";
import { bulkChangeOf, type BulkChange } from "@/lib/admin/bulk-forms";
import { selectionOf } from "@/lib/admin/bulk-selection";
import { formatDay, formatTime } from "@/lib/admin/record-time";
import { listAssignableStaff } from "@/lib/admin/signup-changes";
import type { StaffContext } from "@/lib/auth/staff-session";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { languageName } from "@/lib/i18n/language-name";
import { format, getStaffMessages, plural } from "@/lib/messages";
import { SendViewFormSchema } from "@/lib/outreach/message-forms";
import { reviewSendToView, sendToView } from "@/lib/outreach/send-message";
import { staffAction } from "../../staff-access";

// The list's bulk actions: review (count what the selection reaches, and for a message who is
// skipped and the first text), then apply with the confirmed count. lib/ checks the role and
// refuses a count that has moved since the review.

const words = () => getStaffMessages().admin;

function answerAccess(result: BulkAnswer): BulkAnswer {
  const m = words().record;
  if (result.status === "signed_out") return { ...result, message: m.signedOut };
  if (result.status === "forbidden" && !result.message) return { ...result, message: m.forbidden };
  return result;
}

async function describe(change: BulkChange, staff: StaffContext): Promise<string> {
  const m = words().bulk;
  switch (change.kind) {
    case "status":
      return format(m.describeStatus, { status: words().signupList.statuses[change.status] });
    case "assignee": {
      if (!change.assigneeId) return m.describeUnassign;
      const member = (await listAssignableStaff(getDb(), staff)).find((s) => s.id === change.assigneeId);
      return format(m.describeAssignee, {
        name: change.assigneeId === staff.userId ? m.assigneeMe : (member?.name ?? ""),
      });
    }
    case "followUp":
      return change.on ? format(m.describeFollowUp, { date: formatDay(change.on) }) : m.describeClearFollowUp;
  }
}

export async function reviewBulkAction(_: BulkAnswer | null, form: FormData): Promise<BulkAnswer> {
  const m = words().bulk;
  const result = await staffAction<BulkAnswer>({}, async (staff) => {
    const selection = selectionOf(form);
    if (!selection) return { status: "invalid", message: m.noneTicked };
    if (form.get("change") === "message") {
      const templateId = String(form.get("templateId") ?? "");
      const review = await reviewSendToView({ db: getDb(), env: getEnv() }, staff, { selection, templateId });
      if (!review) return { status: "invalid", message: m.notFound };
      return {
        status: "ok",
        review: {
          count: review.count,
          description: format(m.describeMessage, { name: review.templateName }),
          skipped: review.skipped,
          fallback: review.fallback,
          preview: review.first && {
            name: review.first.name,
            subject: review.first.subject,
            body: review.first.body,
            language: languageName(review.first.locale, "en"),
          },
        },
      };
    }
    const change = bulkChangeOf(Object.fromEntries(form), staff.userId);
    if (!change) return { status: "invalid", message: m.invalid };
    const count = await countSelection(getDb(), staff, selection);
    return { status: "ok", review: { count, description: await describe(change, staff) } };
  });
  return answerAccess(result);
}

export async function applyBulkAction(_: BulkAnswer | null, form: FormData): Promise<BulkAnswer> {
  const m = words().bulk;
  const result = await staffAction<BulkAnswer>({}, async (staff) => {
    const selection = selectionOf(form);
    if (!selection) return { status: "invalid", message: m.noneTicked };
    const countChanged = (count: number): BulkAnswer => ({
      status: "invalid",
      message: plural("en", m.countChanged, count),
    });
    if (form.get("change") === "message") {
      const input = SendViewFormSchema.safeParse(Object.fromEntries(form));
      if (!input.success) return { status: "invalid", message: m.invalid };
      const env = getEnv();
      const outcome = await sendToView({ db: getDb(), env }, staff, { selection, ...input.data });
      revalidatePath("/admin/signups");
      if (outcome.kind === "count_changed") return countChanged(outcome.count);
      if (outcome.kind === "not_found") return { status: "invalid", message: m.notFound };
      if (outcome.kind === "repeated") return { status: "ok", done: true, message: m.repeated };
      const queued = outcome.skipped
        ? plural("en", m.sentSkipped, outcome.count, { skipped: outcome.skipped })
        : plural("en", m.sent, outcome.count);
      const isLater = outcome.lastHour.getTime() > Date.now();
      const later = isLater
        ? ` ${format(m.sentLater, { time: formatTime(outcome.lastHour, env.ORG_TIME_ZONE) })}`
        : "";
      return { status: "ok", done: true, message: queued + later };
    }
    const change = bulkChangeOf(Object.fromEntries(form), staff.userId);
    const expectedCount = Number(form.get("expectedCount"));
    if (!change || !Number.isInteger(expectedCount)) return { status: "invalid", message: m.invalid };
    const outcome = await applyBulkChange(getDb(), staff, { selection, change, expectedCount });
    revalidatePath("/admin/signups");
    if (outcome.kind === "count_changed") return countChanged(outcome.count);
    if (outcome.kind === "invalid") return { status: "invalid", message: m.invalid };
    return { status: "ok", done: true, message: format(m.applied, outcome) };
  });
  return answerAccess(result);
}
