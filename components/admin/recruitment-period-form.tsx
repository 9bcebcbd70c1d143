import { FieldError } from "@/components/forms/field-error";
import { PERIOD_PRESETS, type PeriodFieldError, type PeriodInput } from "@/lib/attribution/report-period";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

// The report's period as a GET form: the days go in the URL (a report can be bookmarked and
// shared), and it works before any script has loaded. The chosen days are read only with
// "Chosen days"; a problem with them shows under its field, named by it.

const control = "mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";

export function RecruitmentPeriodForm({
  input,
  errors,
  zone,
  maxPeriod,
  messages: m,
}: {
  input: PeriodInput;
  errors: Partial<Record<"from" | "to", PeriodFieldError>>;
  zone: string;
  /** MAX_RANGE_DAYS in words ("366 days"). */
  maxPeriod: string;
  messages: Messages["admin"]["recruitment"];
}) {
  const day = (name: "from" | "to") => {
    const id = `period-${name}`;
    const error = errors[name];
    return (
      <div className="min-w-0 flex-1 basis-40">
        <label htmlFor={id} className="block font-medium">
          {m.period[name]}
        </label>
        <input
          id={id}
          name={name}
          type="date"
          defaultValue={input[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={`period-hint${error ? ` ${id}-error` : ""}`}
          className={control}
        />
        <FieldError id={`${id}-error`} message={error && format(m.errors[error], { period: maxPeriod })} />
      </div>
    );
  };
  return (
    <form method="get" action="/admin/recruitment" className="mt-4 rounded-lg bg-white p-3 shadow-sm">
      <fieldset>
        <legend className="font-medium">{m.period.legend}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {PERIOD_PRESETS.map((preset) => (
            <label key={preset} className="flex items-center gap-2 py-1">
              <input
                type="radio"
                name="period"
                value={preset}
                defaultChecked={input.period === preset}
                className="h-5 w-5"
              />
              {m.period.presets[preset]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-2 flex flex-wrap gap-3">
        {day("from")}
        {day("to")}
      </div>
      <p id="period-hint" className="mt-1 text-sm text-muted">
        {format(m.period.rangeHint, { zone, period: maxPeriod })}
      </p>
      <button
        type="submit"
        className="mt-3 rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-ink"
      >
        {m.period.show}
      </button>
    </form>
  );
}
