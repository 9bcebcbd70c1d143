import type { PublicMessages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { plural } from "@/lib/messages/plural";
import type { OwnStep } from "@/lib/onboarding/own-steps";

// A volunteer's steps to a first case on their own page: each step's state in their words, and
// a form for the ones they do themselves (the pledge, their EOIR number). Plain forms: they
// work without JavaScript.

type Words = PublicMessages["volunteerMe"]["steps"];
type StepWords = PublicMessages["onboarding"]["steps"];

type Props = {
  signupId: string;
  locale: string;
  steps: OwnStep[];
  ready: boolean;
  messages: Words;
  stepWords: StepWords;
  pledgeVersion: string;
  /** Days already written out in the page's language, by YYYY-MM-DD. */
  dayWords: (day: string) => string;
  /** The step whose form came back with an error, and that error. */
  error?: { step: string; message: string };
  action: (formData: FormData) => Promise<void>;
};

const BUTTON = "mt-3 rounded-md border border-brand px-4 py-2 font-semibold text-brand hover:bg-brand/10";

export function OwnSteps(props: Props) {
  const m = props.messages;
  const open = props.steps.filter((s) => s.state !== "done").length;
  return (
    <section className="mt-10" aria-labelledby="steps-heading" id="steps">
      <h2 id="steps-heading" className="text-2xl font-semibold text-brand">
        {m.title}
      </h2>
      <p className="mt-2">{props.ready ? m.ready : `${m.lead} ${plural(props.locale, m.left, open)}`}</p>
      <ol className="mt-4 space-y-4">
        {props.steps.map((step) => {
          const words = props.stepWords[step.key as keyof StepWords] as { title: string; text?: string };
          const title = format(words.title, { pair: step.instanceLabel ?? "" });
          const error = props.error?.step === step.key ? props.error.message : undefined;
          const errorId = `step-${step.key}-error`;
          return (
            <li
              key={`${step.key}-${step.instance}`}
              className="rounded-md bg-white p-4 shadow-sm"
              data-step={step.key}
            >
              <h3 className="text-lg font-semibold">{title}</h3>
              <p className="mt-1">
                {step.state === "done"
                  ? [
                      format(m.done, { date: props.dayWords(step.completedOn!) }),
                      step.expiresOn ? format(m.validUntil, { date: props.dayWords(step.expiresOn) }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")
                  : step.state === "expired"
                    ? format(m.expired, { date: props.dayWords(step.expiresOn!) })
                    : step.isTheirs
                      ? m.toDo
                      : `${m.toDo}. ${m.byStaff}`}
              </p>
              {step.isTheirs ? (
                <form action={props.action} className="mt-2">
                  <input type="hidden" name="signupId" value={props.signupId} />
                  <input type="hidden" name="locale" value={props.locale} />
                  <input type="hidden" name="step" value={step.key} />
                  {step.key === "confidentialityPledge" ? (
                    <>
                      <p className="mt-2 rounded-md bg-black/5 p-3">{m.pledge.body}</p>
                      <div className="mt-3 flex items-start gap-3">
                        <input
                          id={`step-${step.key}`}
                          name="agree"
                          type="checkbox"
                          required
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          className="mt-1 h-5 w-5"
                        />
                        <label htmlFor={`step-${step.key}`}>
                          {format(m.pledge.agree, { version: props.pledgeVersion })}
                        </label>
                      </div>
                    </>
                  ) : (
                    <>
                      <label htmlFor={`step-${step.key}`} className="mt-2 block font-medium">
                        {words.text}
                      </label>
                      <input
                        id={`step-${step.key}`}
                        name="value"
                        type="text"
                        required
                        maxLength={80}
                        autoComplete="off"
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-800" : "border-black/40"}`}
                      />
                    </>
                  )}
                  {error ? (
                    <p id={errorId} className="mt-1 font-medium text-red-800">
                      {error}
                    </p>
                  ) : null}
                  <button type="submit" className={BUTTON}>
                    {step.key === "confidentialityPledge" ? m.pledge.button : m.save}
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
