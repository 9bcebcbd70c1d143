"use client";

import { useState } from "react";
import { NOTE_MAX } from "@/lib/admin/note-limits";
import type { Messages } from "@/lib/messages/en";
import { RecordResult, recordButtonClass, useRecordAction, type RecordAction } from "./signup-record-result";

// Staff's private notes: each with its author and time; their author may edit them. A new
// note's id is made here, so sending the same form twice stores one note.

export type NoteView = {
  id: string;
  body: string;
  version: number;
  byline: string;
  edited: string | null;
  isOwn: boolean;
};

type Props = {
  signupId: string;
  notes: NoteView[];
  /** The first new note's id, made by the server so the page renders the same on both sides. */
  firstNoteId: string;
  canChange: boolean;
  messages: Messages["admin"]["record"];
  actions: { add: RecordAction; edit: RecordAction };
};

const textareaClass = "mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";

function NoteEditor({
  signupId,
  note,
  m,
  action,
}: {
  signupId: string;
  note: NoteView;
  m: Props["messages"];
  action: RecordAction;
}) {
  // The note as stored until its author types; what they typed stays until it is saved.
  const [typed, setTyped] = useState<string | null>(null);
  const { result, onSubmit, isPending } = useRecordAction(action, () => setTyped(null));
  const id = `note-${note.id}`;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer font-semibold text-brand underline">{m.notes.edit}</summary>
      <form onSubmit={onSubmit}>
        <input type="hidden" name="signupId" value={signupId} />
        <input type="hidden" name="noteId" value={note.id} />
        <input type="hidden" name="version" value={note.version} />
        <label htmlFor={id} className="mt-2 block font-medium">
          {m.notes.editLabel}
        </label>
        <textarea
          id={id}
          name="body"
          required
          maxLength={NOTE_MAX}
          rows={4}
          value={typed ?? note.body}
          onChange={(event) => setTyped(event.target.value)}
          className={textareaClass}
        />
        <button type="submit" className={`${recordButtonClass} mt-3`}>
          {isPending ? m.saving : m.notes.editSubmit}
        </button>
        <RecordResult result={result} />
      </form>
    </details>
  );
}

function NoteAdder({
  signupId,
  firstNoteId,
  m,
  action,
}: {
  signupId: string;
  firstNoteId: string;
  m: Props["messages"];
  action: RecordAction;
}) {
  const [noteId, setNoteId] = useState(firstNoteId);
  const [body, setBody] = useState("");
  // Only once a note is stored does the form take a new id and an empty box.
  const { result, onSubmit, isPending } = useRecordAction(action, () => {
    setNoteId(crypto.randomUUID());
    setBody("");
  });
  return (
    <form onSubmit={onSubmit} className="mt-4">
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="noteId" value={noteId} />
      <label htmlFor="new-note" className="block font-medium">
        {m.notes.add}
      </label>
      <textarea
        id="new-note"
        name="body"
        required
        maxLength={NOTE_MAX}
        rows={4}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        className={textareaClass}
      />
      <button type="submit" className={`${recordButtonClass} mt-3`}>
        {isPending ? m.saving : m.notes.addSubmit}
      </button>
      <RecordResult result={result} />
    </form>
  );
}

export function RecordNotes({ signupId, notes, firstNoteId, canChange, messages: m, actions }: Props) {
  return (
    <>
      {notes.length === 0 ? (
        <p className="mt-2">{m.notes.none}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border border-black/15 p-3" data-note={note.id}>
              <p className="whitespace-pre-line break-words">{note.body}</p>
              <p className="mt-1 text-sm text-muted">
                {note.byline}
                {note.edited ? ` · ${note.edited}` : ""}
              </p>
              {note.isOwn && canChange ? (
                <NoteEditor signupId={signupId} note={note} m={m} action={actions.edit} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canChange ? (
        <NoteAdder signupId={signupId} firstNoteId={firstNoteId} m={m} action={actions.add} />
      ) : null}
    </>
  );
}
