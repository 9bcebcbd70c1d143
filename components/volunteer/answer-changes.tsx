import type { AnswerChange } from "@/lib/admin/answer-diff";
import type { PublicMessages } from "@/lib/messages/en";

/** The answers a proposal would change, each with what it says now and what it would say. */
export function AnswerChanges({
  changes,
  messages: m,
}: {
  changes: AnswerChange[];
  messages: PublicMessages["confirmAnswers"];
}) {
  if (changes.length === 0) return <p className="mt-4">{m.noChanges}</p>;
  return (
    <section aria-labelledby="answer-changes" className="mt-6">
      <h2 id="answer-changes" className="text-xl font-semibold">
        {m.changesTitle}
      </h2>
      <dl className="mt-3 space-y-4">
        {changes.map((change) => (
          <div key={change.name} data-change={change.name} className="rounded-md bg-white p-4 shadow-sm">
            <dt className="font-semibold">{change.label}</dt>
            <dd className="mt-1 whitespace-pre-line break-words">
              <span className="font-medium">{m.now}:</span> {change.before}
            </dd>
            <dd className="mt-1 whitespace-pre-line break-words">
              <span className="font-medium">{m.new}:</span> {change.after}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
