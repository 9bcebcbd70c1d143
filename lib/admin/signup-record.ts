import "server-only";
import type { StaffContext } from "../auth/staff-session";
import { assertRole } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Messages } from "../messages/en";
import { listAnswers, type AnswerLine } from "../signup/answer-list";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";

// One signup as staff read it: every answer with its label, in the form's order.

export type SignupRecord = {
  id: string;
  role: Role;
  name: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  submissionCount: number;
  answers: AnswerLine[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
      status: true,
      createdAt: true,
      updatedAt: true,
      submissionCount: true,
      answers: true,
    },
  });
  if (!signup) return null;
  return {
    id: signup.id,
    role: signup.role,
    name: `${signup.firstName} ${signup.lastName}`,
    status: signup.status,
    createdAt: signup.createdAt,
    updatedAt: signup.updatedAt,
    submissionCount: signup.submissionCount,
    answers: listAnswers(signupForm(signup.role), signup.answers as Record<string, unknown>, messages),
  };
}
