import "server-only";
import type { StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { ChangeOutcome } from "../admin/record-change";
import type { StatusForm } from "../admin/record-forms";
import { changeStatus } from "../admin/signup-changes";
import { queueOne, type OneSendOutcome, type SendEnv } from "./send-message";
import { listTemplates } from "./templates";

// A status change with its template ticked: the change and the message in one transaction,
// so the volunteer is never told of a change that was refused as stale. A volunteer who
// asked for no more emails gets the change without the message, and staff are told.

export async function changeStatusAndSend(
  { db, env }: { db: Db; env: SendEnv },
  staff: StaffContext,
  change: StatusForm,
  requestKey: string,
): Promise<{ change: ChangeOutcome; message: OneSendOutcome | "no_template" }> {
  const template = (await listTemplates(db, staff)).find((t) => t.forStatus === change.status);
  if (!template) return { change: await changeStatus(db, staff, change), message: "no_template" };
  let message: OneSendOutcome = { kind: "not_found" };
  const outcome = await changeStatus(db, staff, change, async (tx) => {
    message = await queueOne(tx, env, staff, {
      signupId: change.signupId,
      source: template,
      templateId: template.id,
      requestKey,
      despiteDoNotContact: false,
    });
  });
  return { change: outcome, message };
}
