import {
  READINESS,
  SEARCH_MAX,
  SETTINGS,
  SIGNUP_STATUSES,
  SORTS,
  typeOptions,
  typeOptionSet,
  type SignupView,
} from "@/lib/admin/signup-view";
import type { LanguageSuggestion } from "@/lib/admin/language-names";
import type { FilterChip } from "@/lib/admin/signup-view-chips";
import { stepName } from "@/lib/onboarding/step-words";
import { stepsFor } from "@/lib/onboarding/steps";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { ROLES } from "@/lib/signup/options";

const control = "mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";
const number = new Intl.NumberFormat("en-US");

type Option = { value: string; label: string };

function Select({
  name,
  label,
  value,
  any,
  options,
  groups,
}: {
  name: keyof SignupView;
  label: string;
  value: string | undefined;
  any?: string;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
}) {
  const render = (list: Option[]) =>
    list.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        {any ? <option value="">{any}</option> : null}
        {options ? render(options) : null}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {render(group.options)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/**
 * The list's filters as a GET form: submitting it puts the view in the URL, so a filtered list
 * can be bookmarked and shared, and it works before any script has loaded (the page drops the
 * empty fields it sends). The search stays in sight; the other filters and the order fold into
 * "More filters" (a <details>, no script), and those on show as chips that each remove one.
 */
export function SignupListFilters({
  view,
  staffNames,
  suggestions,
  chips,
  messages,
}: {
  view: SignupView;
  staffNames: { id: string; name: string }[];
  suggestions: LanguageSuggestion[];
  chips: FilterChip[];
  messages: Messages;
}) {
  const m = messages.admin.signupList;
  const options = messages.forms.options;
  const labelled = (values: readonly string[], labels: Record<string, string>) =>
    values.map((value) => ({ value, label: labels[value] ?? value }));
  const folded = chips.length + (view.sort === "newest" ? 0 : 1);
  return (
    <form
      method="get"
      action="/admin/signups"
      role="search"
      aria-labelledby="filters-title"
      className="mt-4 rounded-lg bg-white p-3 shadow-sm"
    >
      <h2 id="filters-title" className="sr-only">
        {m.filters}
      </h2>
      <label htmlFor="filter-q" className="block font-medium">
        {m.search}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={view.q ?? ""}
          maxLength={SEARCH_MAX}
          aria-describedby="filter-q-hint"
          className="block min-w-0 flex-1 basis-48 rounded-md border border-black/40 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-ink">
          {m.apply}
        </button>
      </div>
      <p id="filter-q-hint" className="mt-1 text-sm text-muted">
        {m.searchHint}
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer py-1 font-medium text-brand">
          {folded ? format(m.moreFiltersActive, { count: folded }) : m.moreFilters}
        </summary>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Select
            name="role"
            label={m.role}
            value={view.role}
            any={m.any}
            options={labelled(ROLES, m.roles)}
          />
          <Select
            name="status"
            label={m.status}
            value={view.status}
            any={m.any}
            options={labelled(SIGNUP_STATUSES, m.statuses)}
          />
          <div>
            <label htmlFor="filter-language" className="block font-medium">
              {m.language}
            </label>
            <input
              id="filter-language"
              name="language"
              list="filter-language-suggestions"
              autoComplete="off"
              defaultValue={view.language ?? ""}
              maxLength={60}
              aria-describedby="filter-language-hint"
              className={control}
            />
            <datalist id="filter-language-suggestions">
              {suggestions.map((suggestion) => (
                <option
                  key={suggestion.name}
                  value={suggestion.name}
                  label={format(m.languageSuggestion, {
                    language: suggestion.name,
                    count: number.format(suggestion.count),
                  })}
                />
              ))}
            </datalist>
            <p id="filter-language-hint" className="mt-1 text-sm text-muted">
              {m.languageHint}
            </p>
          </div>
          <Select
            name="type"
            label={m.type}
            value={view.type}
            any={m.any}
            groups={ROLES.map((role) => {
              const set = typeOptionSet(role);
              return {
                label: m.roles[role],
                options: labelled(typeOptions(role), set ? (options[set] as Record<string, string>) : {}),
              };
            })}
          />
          <Select
            name="setting"
            label={m.setting}
            value={view.setting}
            any={m.any}
            options={labelled(SETTINGS, options.availability)}
          />
          <Select
            name="supervision"
            label={m.supervision}
            value={view.supervision}
            any={m.any}
            options={[
              { value: "yes", label: m.yes },
              { value: "no", label: m.no },
            ]}
          />
          <div>
            <label htmlFor="filter-from" className="block font-medium">
              {m.from}
            </label>
            <input
              id="filter-from"
              name="from"
              type="date"
              defaultValue={view.from ?? ""}
              className={control}
            />
          </div>
          <div>
            <label htmlFor="filter-to" className="block font-medium">
              {m.to}
            </label>
            <input id="filter-to" name="to" type="date" defaultValue={view.to ?? ""} className={control} />
          </div>
          <Select
            name="assignee"
            label={m.assignee}
            value={view.assignee}
            any={m.any}
            options={[
              { value: "me", label: m.assigneeMe },
              { value: "none", label: m.assigneeNone },
              ...staffNames.map((member) => ({ value: member.id, label: member.name })),
            ]}
          />
          <Select
            name="email"
            label={m.email}
            value={view.email}
            any={m.any}
            options={[{ value: "failed", label: m.emailFailed }]}
          />
          <Select
            name="followUp"
            label={m.followUp}
            value={view.followUp}
            any={m.any}
            options={[{ value: "due", label: m.followUpDue }]}
          />
          <Select
            name="readiness"
            label={m.readiness}
            value={view.readiness}
            any={m.any}
            options={labelled(READINESS, m.readinessValues)}
          />
          <Select
            name="missingStep"
            label={m.missingStep}
            value={view.missingStep}
            any={m.any}
            groups={ROLES.map((role) => ({
              label: m.roles[role],
              options: stepsFor(role).map((step) => ({
                value: step.key,
                label: stepName(messages.onboarding.steps, step.key, messages.admin.record.steps.anyPair),
              })),
            }))}
          />
          <Select name="sort" label={m.sort} value={view.sort} options={labelled(SORTS, m.sorts)} />
        </div>
      </details>
      {chips.length ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <h3 id="filter-chips-title" className="text-sm font-medium">
            {m.activeFilters}
          </h3>
          <ul aria-labelledby="filter-chips-title" className="flex flex-wrap gap-2">
            {chips.map((chip) => (
              <li key={chip.key}>
                <a
                  href={chip.href}
                  aria-label={format(m.removeFilter, { filter: chip.label })}
                  className="inline-flex items-center gap-1 rounded-full border border-brand px-3 py-0.5 text-sm no-underline"
                >
                  {chip.label}
                  <span aria-hidden="true">×</span>
                </a>
              </li>
            ))}
          </ul>
          <a href="/admin/signups" className="text-sm">
            {m.clear}
          </a>
        </div>
      ) : null}
    </form>
  );
}
