import type { PublicMessages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

// "Stop all emails" on a volunteer's page, or what they asked for already.

type Props = {
  locale: string;
  messages: PublicMessages["volunteerMe"]["emails"];
  orgName: string;
  orgEmail: string;
  isStopped: boolean;
  action: (formData: FormData) => Promise<void>;
};

export function StopAllEmails({ locale, messages, orgName, orgEmail, isStopped, action }: Props) {
  return (
    <section className="mt-10 rounded-md bg-white p-4 shadow-sm" aria-labelledby="emails-heading">
      <h2 id="emails-heading" className="text-xl font-semibold">
        {messages.title}
      </h2>
      {isStopped ? (
        <p className="mt-2">{format(messages.stopped, { email: orgEmail })}</p>
      ) : (
        <form action={action}>
          <p className="mt-2">{format(messages.lead, { org: orgName })}</p>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="mt-3 rounded-md border border-brand px-4 py-2 font-semibold text-brand hover:bg-brand/10"
          >
            {messages.button}
          </button>
        </form>
      )}
    </section>
  );
}
