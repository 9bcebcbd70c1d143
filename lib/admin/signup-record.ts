import "server-only";
import { recordAudit } from "../auth/audit";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Messages } from "../messages/en";
import { listAnswers, type AnswerLine } from "../signup/answer-list";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";
import type { SignupStatus } from "../generated/prisma/enums";
import { staffName } from "./staff-name";

// One signup as staff read it: every answer with its label, in the form's order, its status
// and who set it, its assignee, and the person's other signups. Reading it is audited.

export type OtherSignup = { id: string; role: Role; status: SignupStatus; createdAt: Date };

export type SignupRecord = {
  id: string;
  role: Role;
  name: string;
  status: SignupStatus;
  statusChangedAt: Date | null;
  statusChangedBy: string | null;
  assignee: { id: string; name: string } | null;
  /** The local day (YYYY-MM-DD) to come back to it, and why; null when none is set. */
  followUp: { on: string; reason: string | null } | null;
  createdAt: Date;
  updatedAt: Date;
  submissionCount: number;
  /** When the volunteer last sent the form (its first sending, or the latest sent again). */
  lastSubmittedAt: Date;
  version: number;
  isAnonymized: boolean;
  answers: AnswerLine[];
  otherSignups: OtherSignup[];
  /** When new answers were sent that wait for the volunteer's confirmation (decision 030); null when none do. */
  pendingProposalSentAt: Date | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether `id` can name a signup at all (a page can then ask for its parts at once). */
export const isSignupId = (id: string) => UUID.test(id);
const OTHER_SIGNUPS_SHOWN = 20;

export async function getSignupRecord(
  db: Db,
  staff: StaffContext,
  id: string,
  messages: Messages["forms"],
): Promise<SignupRecord | null> {
  assertRole(staff, "reviewer");
  if (!UUID.test(id)) return null;
  const signup = await db.signup.findUnique({
    where: { id },
    select: {
      id: true,
      role: true,
      firstName: true,
      lastName: true,
      email: true,
      status: true,
      statusChangedAt: true,
      statusChanger: { select: { name: true, email: true } },
      assignee: { select: { id: true, name: true, email: true } },
      followUpOn: true,
      followUpReason: true,
      createdAt: true,
      updatedAt: true,
      submissionCount: true,
      version: true,
      anonymizedAt: true,
      answers: true,
    },
  });
  if (!signup) return null;
  const [otherSignups, lastSubmission, pendingProposal] = await Promise.all([
    signup.anonymizedAt
      ? []
      : db.signup.findMany({
          where: { email: signup.email, id: { not: id } },
          select: { id: true, role: true, status: true, createdAt: true },
          orderBy: { createdAt: "desc" },
          take: OTHER_SIGNUPS_SHOWN,
        }),
    db.signupEvent.findFirst({
      where: { signupId: id, kind: { in: ["submitted", "updated"] } },
      select: { createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    db.signupProposal.findFirst({
      where: { signupId: id, appliedAt: null, replacedAt: null, expiresAt: { gt: new Date() } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
    recordAudit(db, { actorId: staff.userId, action: "signup_viewed", subject: id }),
  ]);
  return {
    id: signup.id,
    role: signup.role,
    name: `${signup.firstName} ${signup.lastName}`,
    status: signup.status,
    statusChangedAt: signup.statusChangedAt,
    statusChangedBy: signup.statusChanger ? staffName(signup.statusChanger) : null,
    assignee: signup.assignee && { id: signup.assignee.id, name: staffName(signup.assignee) },
    // A DATE column arrives as midnight UTC of that day.
    followUp: signup.followUpOn && {
      on: signup.followUpOn.toISOString().slice(0, 10),
      reason: signup.followUpReason,
    },
    createdAt: signup.createdAt,
    updatedAt: signup.updatedAt,
    submissionCount: signup.submissionCount,
    lastSubmittedAt: lastSubmission?.createdAt ?? signup.createdAt,
    version: signup.version,
    isAnonymized: signup.anonymizedAt !== null,
    answers: listAnswers(signupForm(signup.role), signup.answers as Record<string, unknown>, messages),
    otherSignups,
    pendingProposalSentAt: pendingProposal?.createdAt ?? null,
  };
}
