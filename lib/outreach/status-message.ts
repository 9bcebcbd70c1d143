import "server-only";
import type { StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { RecordForm } from "../admin/record-forms";
import { saveRecord, type RecordSave } from "../admin/record-save";
import { queueOne, type OneSendOutcome, type SendEnv } from "./send-message";
import { listTemplates } from "./templates";

// The record's Save with its status's template ticked: the changes and the message in one
// transaction, so the volunteer is never told of a change that was refused as stale. The
// message goes only when the status did change. A volunteer who asked for no more emails gets
// the change without the message, and staff are told.

export async function saveRecordAndSend(
  { db, env }: { db: Db; env: SendEnv },
  staff: StaffContext,
  change: RecordForm,
  requestKey: string,
): Promise<{ save: RecordSave; message: OneSendOutcome | "no_template" | "not_sent" }> {
  const template = (await listTemplates(db, staff)).find((t) => t.forStatus === change.status);
  if (!template) return { save: await saveRecord(db, staff, change), message: "no_template" };
  let message: OneSendOutcome | "not_sent" = "not_sent";
  const save = await saveRecord(db, staff, change, async (tx) => {
    message = await queueOne(tx, env, staff, {
      signupId: change.signupId,
      source: template,
      templateId: template.id,
      requestKey,
      despiteDoNotContact: false,
    });
  });
  return { save, message };
}
