import type { PublicMessages } from "@/lib/messages/en";

// /volunteer/me's one question: a plain form posting to a server action, so it works without
// JavaScript. After a post the page shows the one answer every address gets.

type Props = {
  action: (formData: FormData) => Promise<void>;
  formToken: string;
  locale: string;
  emailMax: number;
  messages: PublicMessages["volunteerMe"];
  /** What the last post came to: the same "sent" for every address. */
  outcome: "sent" | "refused" | "invalid" | null;
  invalidEmailText: string;
};

export function LinkRequestForm({
  action,
  formToken,
  locale,
  emailMax,
  messages,
  outcome,
  invalidEmailText,
}: Props) {
  const isInvalid = outcome === "invalid";
  return (
    <div className="mt-6">
      {outcome === "sent" ? (
        <p role="status" className="rounded-md bg-white p-4 text-lg font-medium shadow-sm">
          {messages.sent}
        </p>
      ) : null}
      {outcome === "refused" ? (
        <p role="alert" className="rounded-md bg-white p-4 text-lg font-medium text-red-800 shadow-sm">
          {messages.refused}
        </p>
      ) : null}
      <form action={action} className="mt-6 space-y-4">
        <input type="hidden" name="formToken" value={formToken} />
        <input type="hidden" name="locale" value={locale} />
        <div>
          <label htmlFor="link-email" className="block font-semibold">
            {messages.emailLabel}
          </label>
          <input
            id="link-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={emailMax}
            aria-invalid={isInvalid || undefined}
            aria-describedby={isInvalid ? "link-email-error" : undefined}
            className="mt-1 block w-full max-w-md rounded-md border border-black/40 bg-white px-3 py-2 text-base"
          />
          {isInvalid ? (
            <p id="link-email-error" className="mt-1 font-medium text-red-800">
              {invalidEmailText}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand px-5 py-3 font-semibold text-white hover:bg-brand/90"
        >
          {messages.submit}
        </button>
      </form>
    </div>
  );
}
