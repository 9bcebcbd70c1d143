import { getMessages } from "@/lib/messages";

export default function HomePage() {
  const messages = getMessages().home;
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight text-brand sm:text-4xl">{messages.title}</h1>
      <p className="mt-4 text-lg">{messages.lead}</p>
    </article>
  );
}
