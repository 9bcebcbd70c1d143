import "server-only";
import type { Db } from "../db/client";
import type { PublicMessages } from "../messages/en";
import { listAnswers, type AnswerLine } from "../signup/answer-list";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";
import type { VolunteerSession } from "./session";
import { statusWords } from "./status-words";

// What a volunteer may read: their own signups, found by the session's address and never by an
// id alone. Anonymised signups are no one's any more and never show.

export type OwnSignup = { id: string; role: Role; status: string; statusWords: string; createdAt: Date };
export type OwnSignupDetail = OwnSignup & { answers: AnswerLine[] };

const SELECT = { id: true, role: true, status: true, createdAt: true } as const;

export async function listOwnSignups(
  db: Db,
  session: VolunteerSession,
  messages: PublicMessages,
): Promise<OwnSignup[]> {
  const rows = await db.signup.findMany({
    where: { email: session.email, anonymizedAt: null },
    select: SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, statusWords: statusWords(row.status, messages.volunteerMe) }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One of the session's signups with its answers in the page's words; null for anyone else's. */
export async function findOwnSignup(
  db: Db,
  session: VolunteerSession,
  signupId: string,
  messages: PublicMessages,
): Promise<OwnSignupDetail | null> {
  if (!UUID.test(signupId)) return null;
  const row = await db.signup.findFirst({
    where: { id: signupId, email: session.email, anonymizedAt: null },
    select: { ...SELECT, answers: true },
  });
  if (!row) return null;
  const role = row.role as Role;
  return {
    id: row.id,
    role,
    status: row.status,
    statusWords: statusWords(row.status, messages.volunteerMe),
    createdAt: row.createdAt,
    answers: listAnswers(signupForm(role), row.answers as Record<string, unknown>, messages.forms),
  };
}
