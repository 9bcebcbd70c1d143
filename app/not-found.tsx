import { getMessages } from "@/lib/messages";

export default function NotFound() {
  const messages = getMessages().notFound;
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      <p className="mt-4">{messages.body}</p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>
          <a href="/">{messages.home}</a>
        </li>
        <li>
          <a href="/voices">{messages.voices}</a>
        </li>
        <li>
          <a href="/volunteer">{messages.volunteer}</a>
        </li>
      </ul>
    </div>
  );
}
