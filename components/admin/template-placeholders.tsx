import type { Messages } from "@/lib/messages/en";
import { PLACEHOLDERS } from "@/lib/outreach/placeholders";

/** The placeholders a template may use, each with what it becomes. */
export function TemplatePlaceholders({
  id,
  messages: m,
}: {
  id: string;
  messages: Messages["admin"]["templates"];
}) {
  return (
    <section aria-labelledby={id} className="mt-6 rounded-md border border-black/10 bg-paper p-4">
      <h2 id={id} className="text-lg font-semibold">
        {m.placeholdersTitle}
      </h2>
      <p className="mt-1">{m.placeholdersLead}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {PLACEHOLDERS.map((name) => (
          <div key={name} className="contents">
            <dt>
              <code className="font-semibold">{`{${name}}`}</code>
            </dt>
            <dd>{m.placeholders[name]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
