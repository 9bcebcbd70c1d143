import "server-only";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { decideChange, type ChangeOutcome } from "./record-change";
import type { NoteAddForm, NoteEditForm } from "./record-forms";
import { staffName } from "./staff-name";

// Staff's private notes on a signup. A note's id comes from the form that adds it, so the
// same form sent twice stores one note; only its author may edit it, from its current version.
// Events and audit entries name the note, never its text.

export type SignupNote = {
  id: string;
  body: string;
  version: number;
  authorName: string | null;
  isOwn: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export async function listNotes(db: Db, staff: StaffContext, signupId: string): Promise<SignupNote[]> {
  assertRole(staff, "reviewer");
  const notes = await db.signupNote.findMany({
    where: { signupId },
    select: {
      id: true,
      body: true,
      version: true,
      authorId: true,
      author: { select: { name: true, email: true } },
      createdAt: true,
      updatedAt: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return notes.map(({ authorId, author, ...note }) => ({
    ...note,
    authorName: author ? staffName(author) : null,
    isOwn: authorId === staff.userId,
  }));
}

export async function addNote(db: Db, staff: StaffContext, note: NoteAddForm): Promise<ChangeOutcome> {
  assertRole(staff, "reviewer");
  const { signupId, noteId, body } = note;
  return db.$transaction(async (tx) => {
    // A second insert of the same id waits for the first to commit, then does nothing.
    const inserted = await tx.$executeRaw`
      INSERT INTO signup_notes (id, signup_id, author_id, body, updated_at)
      SELECT ${noteId}::uuid, s.id, ${staff.userId}, ${body}, now()
        FROM signups s WHERE s.id = ${signupId}::uuid AND s.anonymized_at IS NULL
      ON CONFLICT (id) DO NOTHING`;
    if (inserted === 0) {
      const existing = await tx.signupNote.findUnique({
        where: { id: noteId },
        select: { signupId: true, authorId: true },
      });
      if (!existing) return "not_found";
      return existing.signupId === signupId && existing.authorId === staff.userId ? "unchanged" : "invalid";
    }
    const detail = { noteId };
    await tx.signupEvent.create({ data: { signupId, kind: "note_added", actorId: staff.userId, detail } });
    await recordAudit(tx, { actorId: staff.userId, action: "signup_note_added", subject: signupId, detail });
    return "saved";
  });
}

export async function editNote(db: Db, staff: StaffContext, edit: NoteEditForm): Promise<ChangeOutcome> {
  assertRole(staff, "reviewer");
  const { signupId, noteId, version, body } = edit;
  return db.$transaction(async (tx) => {
    const [note] = await tx.$queryRaw<{ authorId: string | null; version: number; body: string }[]>`
      SELECT n.author_id AS "authorId", n.version, n.body FROM signup_notes n
        JOIN signups s ON s.id = n.signup_id
       WHERE n.id = ${noteId}::uuid AND n.signup_id = ${signupId}::uuid AND s.anonymized_at IS NULL
         FOR UPDATE OF n`;
    if (!note) return "not_found";
    if (note.authorId !== staff.userId) return "not_author";
    const decision = decideChange({ version: note.version, value: note.body }, { version, value: body });
    if (decision !== "apply") return decision;
    await tx.$executeRaw`
      UPDATE signup_notes SET body = ${body}, version = version + 1, updated_at = now()
       WHERE id = ${noteId}::uuid AND version = ${version}`;
    const detail = { noteId, version: version + 1 };
    await tx.signupEvent.create({ data: { signupId, kind: "note_edited", actorId: staff.userId, detail } });
    await recordAudit(tx, { actorId: staff.userId, action: "signup_note_edited", subject: signupId, detail });
    return "saved";
  });
}
