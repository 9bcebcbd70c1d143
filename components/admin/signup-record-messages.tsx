import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

// The messages staff sent this volunteer from the app, newest first, each with its delivery.

type Props = {
  messages: { id: string; subject: string; body: string; byline: string; isBulk: boolean; state: string }[];
  words: Messages["admin"]["record"]["messages"];
};

export function RecordMessages({ messages, words: m }: Props) {
  if (messages.length === 0) return <p className="mt-2">{m.none}</p>;
  return (
    <ul className="mt-3 space-y-3">
      {messages.map((message) => (
        <li key={message.id} className="border-l-4 border-brand/40 pl-3" data-message={message.id}>
          <p className="font-medium break-words">{message.subject}</p>
          <p className="text-sm text-muted">
            {message.byline}
            {message.isBulk ? ` (${m.toList})` : ""} · {format(m.delivery, { state: message.state })}
          </p>
          <details className="mt-1">
            <summary className="cursor-pointer">{m.showText}</summary>
            <p className="mt-2 whitespace-pre-line break-words">{message.body}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
