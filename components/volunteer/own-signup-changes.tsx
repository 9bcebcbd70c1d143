import Link from "next/link";
import type { PublicMessages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

// What a volunteer can do with one of their signups: change the answers, pause until a day,
// withdraw. Plain forms and links, so all of it works without JavaScript.

type Props = {
  signupId: string;
  locale: string;
  roleName: string;
  messages: PublicMessages["volunteerMe"]["manage"];
  editHref: string;
  withdrawHref: string;
  pauseAction: (formData: FormData) => Promise<void>;
  /** The pause form's limits: tomorrow and a year from today, YYYY-MM-DD. */
  pauseMin: string;
  pauseMax: string;
  /** The day already chosen, or the one posted with an error. */
  pauseValue?: string;
  pauseError?: string;
};

const BUTTON = "mt-3 rounded-md border border-brand px-4 py-2 font-semibold text-brand hover:bg-brand/10";

export function OwnSignupChanges(props: Props) {
  const m = props.messages;
  return (
    <section className="mt-10" aria-labelledby="manage-heading">
      <h2 id="manage-heading" className="text-2xl font-semibold text-brand">
        {m.heading}
      </h2>
      <p className="mt-4">
        <Link href={props.editHref} className="font-semibold text-brand underline">
          {m.edit}
        </Link>
      </p>

      <form action={props.pauseAction} id="pause" className="mt-8 rounded-md bg-white p-4 shadow-sm">
        <h3 className="text-xl font-semibold">{m.pauseTitle}</h3>
        <p className="mt-1">{m.pauseLead}</p>
        <input type="hidden" name="signupId" value={props.signupId} />
        <input type="hidden" name="locale" value={props.locale} />
        <label htmlFor="pause-until" className="mt-4 block font-medium">
          {m.pauseLabel}
        </label>
        <p id="pause-until-hint" className="text-base text-muted">
          {m.pauseHint}
        </p>
        <input
          id="pause-until"
          name="until"
          type="date"
          required
          min={props.pauseMin}
          max={props.pauseMax}
          defaultValue={props.pauseValue}
          aria-invalid={props.pauseError ? true : undefined}
          aria-describedby={props.pauseError ? "pause-until-hint pause-until-error" : "pause-until-hint"}
          className={`mt-1 block rounded-md border bg-white px-3 py-2 text-base ${props.pauseError ? "border-red-800" : "border-black/40"}`}
        />
        {props.pauseError ? (
          <p id="pause-until-error" className="mt-1 font-medium text-red-800">
            {props.pauseError}
          </p>
        ) : null}
        <button type="submit" className={BUTTON}>
          {m.pauseButton}
        </button>
      </form>

      <div className="mt-8 rounded-md bg-white p-4 shadow-sm">
        <h3 className="text-xl font-semibold">{m.withdrawTitle}</h3>
        <p className="mt-1">{format(m.withdrawLead, { role: props.roleName })}</p>
        <p className="mt-3">
          <Link href={props.withdrawHref} className="font-semibold text-brand underline">
            {m.withdrawLink}
          </Link>
        </p>
      </div>
    </section>
  );
}
