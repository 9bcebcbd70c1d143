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

export type OwnSignup = {
  id: string;
  role: Role;
  status: string;
  statusWords: string;
  createdAt: Date;
  /** The pause's last day, YYYY-MM-DD, while the signup is paused. */
  pausedUntil: string | null;
  /** The volunteer asked for no more emails. */
  emailsStopped: boolean;
};
export type OwnSignupDetail = OwnSignup & { answers: AnswerLine[] };

const SELECT = {
  id: true,
  role: true,
  status: true,
  createdAt: true,
  pausedUntil: true,
  doNotContactAt: true,
} as const;

type Row = {
  id: string;
  role: Role;
  status: string;
  createdAt: Date;
  pausedUntil: Date | null;
  doNotContactAt: Date | null;
};

function ownSignup(row: Row, messages: PublicMessages): OwnSignup {
  return {
    id: row.id,
    role: row.role,
    status: row.status,
    statusWords: statusWords(row.status, messages.volunteerMe),
    createdAt: row.createdAt,
    pausedUntil:
      row.status === "inactive" && row.pausedUntil ? row.pausedUntil.toISOString().slice(0, 10) : null,
    emailsStopped: row.doNotContactAt !== null,
  };
}

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
  return rows.map((row) => ownSignup(row, messages));
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
  return {
    ...ownSignup(row, messages),
    answers: listAnswers(signupForm(row.role), row.answers as Record<string, unknown>, messages.forms),
  };
}

/** The answers as stored, for the form that changes them; null for anyone else's signup. */
export async function findOwnAnswers(
  db: Db,
  session: VolunteerSession,
  signupId: string,
): Promise<{ id: string; role: Role; status: string; answers: Record<string, unknown> } | null> {
  if (!UUID.test(signupId)) return null;
  const row = await db.signup.findFirst({
    where: { id: signupId, email: session.email, anonymizedAt: null },
    select: { id: true, role: true, status: true, answers: true },
  });
  return row ? { ...row, answers: row.answers as Record<string, unknown> } : null;
}
