import type { AnswerLine } from "@/lib/signup/answer-list";

// What the volunteer sent, in the words of the form they filled in.

export function OwnSignupAnswers({ answers, heading }: { answers: AnswerLine[]; heading: string }) {
  return (
    <section className="mt-6 rounded-md bg-white p-4 shadow-sm">
      <h2 className="text-xl font-semibold">{heading}</h2>
      <dl className="mt-3 space-y-3">
        {answers.map((answer) => (
          <div key={answer.name}>
            <dt className="font-semibold">{answer.label}</dt>
            <dd className="whitespace-pre-line break-words">{answer.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
