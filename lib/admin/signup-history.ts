import "server-only";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Messages } from "../messages/en";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";
import { languagePairs } from "../onboarding/steps";
import { answersAfterEach, diffAnswers, type AnswerChange } from "./answer-diff";

// A signup's history in time order: what happened, when, and who did it (a staff member, the
// volunteer or the system), with what each resubmission changed.

export type HistoryActor =
  { type: "staff"; name: string } | { type: "former_staff" } | { type: "volunteer" } | { type: "system" };

export type HistoryEntry = {
  id: string;
  kind: string;
  at: Date;
  actor: HistoryActor;
  /** status_changed: from and to. */
  from?: string;
  to?: string;
  /** assigned: whether someone was assigned, and their name unless their account is gone. */
  hasAssignee?: boolean;
  assigneeName?: string | null;
  /** follow_up_set: the day, YYYY-MM-DD. */
  followUpOn?: string;
  /** email_sent, email_resent: which email. */
  emailKind?: string;
  /** message_sent: the message's subject as sent. */
  messageSubject?: string;
  /** updated: each answer that changed. */
  changes?: AnswerChange[];
  /** updated: the volunteer confirmed answers sent with their address (decision 030). */
  isConfirmedProposal?: boolean;
  /** updated: the volunteer changed them on their own page (lib/volunteer-access/change-kinds.ts). */
  isSelfService?: boolean;
  /** volunteer_paused: the day, YYYY-MM-DD. */
  until?: string;
  /** step_completed, step_changed, step_cleared: the step's key (steps.ts), never what it recorded. */
  step?: string;
  /** The language pair a step per pair was for, as the volunteer names it now (else its key). */
  stepPair?: string;
};

type EventRow = {
  id: string;
  kind: string;
  detail: Record<string, unknown> | null;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  assigneeName: string | null;
  messageSubject: string | null;
};

// A proposal's sender may be anyone with the address, but only the volunteer's link applies it.
const BY_VOLUNTEER = new Set([
  "submitted",
  "updated",
  "update_proposed",
  "do_not_contact",
  "volunteer_opened",
  "training_registered",
  "training_cancelled",
  "volunteer_paused",
  "volunteer_withdrew",
  "volunteer_deleted",
]);
const BY_SYSTEM = new Set(["email_sent", "volunteer_link_sent"]);

function actorOf(row: EventRow): HistoryActor {
  if (row.actorName !== null) return { type: "staff", name: row.actorName };
  // A step the volunteer did on their own page (steps staff do name them as actor).
  if (BY_VOLUNTEER.has(row.kind) || row.detail?.byVolunteer === true) return { type: "volunteer" };
  if (BY_SYSTEM.has(row.kind)) return { type: "system" };
  return row.actorId === null ? { type: "former_staff" } : { type: "system" };
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

export async function listHistory(
  db: Db,
  staff: StaffContext,
  signupId: string,
  messages: Messages["forms"],
): Promise<HistoryEntry[]> {
  assertRole(staff, "reviewer");
  const [signup, rows] = await Promise.all([
    db.signup.findUnique({ where: { id: signupId }, select: { role: true, answers: true } }),
    db.$queryRaw<EventRow[]>`
      SELECT e.id::text, e.kind, e.detail, e.created_at AS "createdAt", e.actor_id AS "actorId",
             coalesce(nullif(a.name, ''), a.email) AS "actorName",
             coalesce(nullif(assignee.name, ''), assignee.email) AS "assigneeName",
             message.subject AS "messageSubject"
        FROM signup_events e
        LEFT JOIN staff_users a ON a.id = e.actor_id
        LEFT JOIN staff_users assignee ON e.kind = 'assigned' AND assignee.id = e.detail ->> 'assigneeId'
        LEFT JOIN outreach_messages message
               ON e.kind = 'message_sent' AND message.id = (e.detail ->> 'messageId')::uuid
       WHERE e.signup_id = ${signupId}::uuid
       ORDER BY e.created_at, e.id`,
  ]);
  if (!signup) return [];
  const form = signupForm(signup.role as Role);
  const updates = rows.filter((row) => row.kind === "updated");
  const states = answersAfterEach(
    updates.map((row) => ({
      previousAnswers: (row.detail?.previousAnswers ?? {}) as Record<string, unknown>,
    })),
    signup.answers as Record<string, unknown>,
  );
  const pairs = new Map(
    languagePairs(signup.answers as Record<string, unknown>).map((p) => [p.key, p.label]),
  );
  const changesOf = new Map(
    updates.map((row, i) => [row.id, diffAnswers(form, states[i]!.before, states[i]!.after, messages)]),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    at: row.createdAt,
    actor: actorOf(row),
    from: text(row.detail?.from),
    to: text(row.detail?.to),
    ...(row.kind === "assigned"
      ? { hasAssignee: Boolean(row.detail?.assigneeId), assigneeName: row.assigneeName }
      : {}),
    followUpOn: text(row.detail?.on),
    emailKind: text(row.detail?.kind),
    messageSubject: row.messageSubject ?? undefined,
    changes: changesOf.get(row.id),
    ...(row.kind === "updated" && row.detail?.proposalId ? { isConfirmedProposal: true } : {}),
    ...(row.kind === "updated" && row.detail?.selfService === true ? { isSelfService: true } : {}),
    until: text(row.detail?.until),
    ...(row.kind.startsWith("step_") && text(row.detail?.step)
      ? {
          step: text(row.detail?.step),
          stepPair: text(row.detail?.instance)
            ? (pairs.get(text(row.detail?.instance)!) ?? text(row.detail?.instance))
            : "",
        }
      : {}),
  }));
}
