import type { PublicMessages } from "@/lib/messages/en";

// The emailed link's page: a button, because opening a link must use nothing up (mail
// scanners open every link); the POST does.

type Props = {
  action: (formData: FormData) => Promise<void>;
  token: string;
  locale: string;
  messages: PublicMessages["volunteerMe"]["open"];
};

export function OpenLinkForm({ action, token, locale, messages }: Props) {
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      <form action={action} className="mt-4">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <p className="text-lg">{messages.lead}</p>
        <button
          type="submit"
          className="mt-6 rounded-md bg-brand px-5 py-3 font-semibold text-white hover:bg-brand/90"
        >
          {messages.button}
        </button>
      </form>
    </div>
  );
}
