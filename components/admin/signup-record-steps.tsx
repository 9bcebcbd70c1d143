import { formatDay } from "@/lib/admin/record-time";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import type { RecordStep } from "@/lib/onboarding/record-steps";
import { stepName, stepTextLabel, type StepTitles } from "@/lib/onboarding/step-words";
import { RecordStepForm, type StepFormAction } from "./signup-record-step-form";

// The record's onboarding steps: each step this volunteer needs, in order, with its state
// (done by whom and when, expiring, expired, open), what it recorded, and its form.

type Props = {
  signupId: string;
  steps: RecordStep[];
  canChange: boolean;
  today: string;
  titles: StepTitles;
  messages: Messages["admin"]["record"];
  action: StepFormAction;
};

function stateLine(step: RecordStep, m: Props["messages"]["steps"]): string {
  const completion = step.completion;
  if (!completion || !step.doneBy) return m.open;
  const date = formatDay(completion.completedOn);
  const by = step.doneBy;
  const done =
    by.type === "staff"
      ? format(m.done, { date, name: by.name })
      : by.type === "volunteer"
        ? format(m.doneByVolunteer, { date })
        : format(m.doneByFormer, { date });
  if (!completion.expiresOn) return done;
  const expiry = formatDay(completion.expiresOn);
  return `${done}. ${format(step.state === "expired" ? m.expired : m.expires, { date: expiry })}`;
}

const STATE_CLASS = {
  done: "bg-green-50 text-green-900",
  expired: "bg-red-50 text-red-800",
  open: "bg-amber-50 text-amber-900",
} as const;

export function RecordSteps({ signupId, steps, canChange, today, titles, messages, action }: Props) {
  const m = messages.steps;
  if (steps.length === 0) return <p className="mt-2">{m.none}</p>;
  return (
    <ol className="mt-3 space-y-3">
      {steps.map((item, index) => {
        const { step } = item;
        const text = step.records.text;
        const label = stepTextLabel(titles, step.key);
        return (
          <li
            key={`${step.key}:${item.instance}`}
            className="rounded-md border border-black/15 p-3"
            data-step={step.key}
            data-instance={item.instance}
            data-state={item.state}
          >
            <h3 className="font-semibold">{stepName(titles, step.key, item.instanceLabel ?? "")}</h3>
            <p className="mt-1">
              <span className={`rounded px-2 py-0.5 text-sm font-medium ${STATE_CLASS[item.state]}`}>
                {stateLine(item, m)}
              </span>
            </p>
            {item.value && label ? (
              <p className="mt-1 break-words">
                <span className="font-medium">{label}:</span> {item.value}
              </p>
            ) : null}
            {step.isTraining && item.state !== "done" ? (
              <p className="mt-1 text-sm text-muted">{m.training}</p>
            ) : null}
            {canChange ? (
              <RecordStepForm
                signupId={signupId}
                step={step.key}
                instance={item.instance}
                idPrefix={`step-${index}`}
                isDone={item.completion !== null}
                isVolunteerOnly={step.doneBy === "volunteer"}
                current={{
                  completedOn: item.completion?.completedOn ?? "",
                  expiresOn: item.completion?.expiresOn ?? "",
                  value: item.value ?? "",
                }}
                text={text && label ? { label, max: text.max, required: text.required } : undefined}
                hasExpiry={step.records.expires === true}
                today={today}
                messages={m}
                saving={messages.saving}
                action={action}
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
