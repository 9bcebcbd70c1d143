import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { Notice } from "./field";

type Action = (form: FormData) => Promise<void>;
type Props = {
  subject: { id: string; name: string; summary: string; counts: string; anonymisedOn: string | null };
  outcome: string | undefined;
  messages: Messages["admin"]["privacy"];
  actions: { anonymise: Action; remove: Action };
};

const ERRORS = new Set(["not-found", "confirm", "forbidden", "signed-out"]);

export function PrivacyOutcome({
  outcome,
  messages,
}: {
  outcome: string | undefined;
  messages: Props["messages"];
}) {
  const text = outcome ? messages.outcomes[outcome as keyof Props["messages"]["outcomes"]] : undefined;
  if (!text) return null;
  return <Notice tone={ERRORS.has(outcome!) ? "error" : "info"}>{text}</Notice>;
}

/** One final step: what it removes, a box to tick (the browser and the server both insist), a button. */
function ConfirmForm({
  id,
  signupId,
  title,
  body,
  confirm,
  submit,
  warning,
  action,
}: {
  id: string;
  signupId: string;
  title: string;
  body: string;
  confirm: string;
  submit: string;
  warning: string;
  action: Action;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="mt-6 rounded-lg border-l-4 border-red-800 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold text-brand">
        {title}
      </h2>
      <p className="mt-2">{body}</p>
      <p className="mt-2 font-semibold text-red-800">{warning}</p>
      <form action={action} className="mt-4">
        <input type="hidden" name="signupId" value={signupId} />
        <label className="flex items-start gap-3">
          <input type="checkbox" name="confirm" required className="mt-1 h-5 w-5 shrink-0" />
          <span>{confirm}</span>
        </label>
        <button
          type="submit"
          className="mt-4 rounded-md bg-red-800 px-5 py-2.5 font-semibold text-white hover:bg-ink"
        >
          {submit}
        </button>
      </form>
    </section>
  );
}

export function PrivacyRequest({ subject, outcome, messages: m, actions }: Props) {
  return (
    <article>
      <p>
        <a href={`/admin/signups/${subject.id}`}>{m.back}</a>
      </p>
      <h1 className="mt-3 break-words text-3xl font-bold text-brand">
        {m.title}: {subject.name}
      </h1>
      <p className="mt-2 text-muted">{subject.summary}</p>
      <p className="mt-1 text-muted">{subject.counts}</p>
      <p className="mt-4">{m.lead}</p>
      <p className="mt-2">{m.outside}</p>
      <PrivacyOutcome outcome={outcome} messages={m} />
      {subject.anonymisedOn ? (
        <p className="mt-4 rounded-md border-l-4 border-brand bg-white p-3">
          {format(m.anonymisedOn, { date: subject.anonymisedOn })}
        </p>
      ) : (
        <ConfirmForm
          id="anonymise"
          signupId={subject.id}
          title={m.anonymiseTitle}
          body={m.anonymiseBody}
          confirm={m.anonymiseConfirm}
          submit={m.anonymiseSubmit}
          warning={m.warning}
          action={actions.anonymise}
        />
      )}
      <ConfirmForm
        id="delete"
        signupId={subject.id}
        title={m.deleteTitle}
        body={m.deleteBody}
        confirm={m.deleteConfirm}
        submit={m.deleteSubmit}
        warning={m.warning}
        action={actions.remove}
      />
    </article>
  );
}

/** After a deletion, or for a signup that is gone: the outcome and the way back. */
export function PrivacyDeleted({ outcome, messages: m }: { outcome: string; messages: Props["messages"] }) {
  return (
    <article>
      <h1 className="text-3xl font-bold text-brand">{m.deletedTitle}</h1>
      <PrivacyOutcome outcome={outcome} messages={m} />
      <p className="mt-6">
        <a href="/admin/signups">{m.backToList}</a>
      </p>
    </article>
  );
}
