import {
  SEARCH_MAX,
  SETTINGS,
  SIGNUP_STATUSES,
  SORTS,
  typeOptions,
  typeOptionSet,
  type SignupView,
} from "@/lib/admin/signup-view";
import type { Messages } from "@/lib/messages/en";
import { ROLES } from "@/lib/signup/options";

const control = "mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";

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
 * can be bookmarked and shared, and it works before any script has loaded.
 */
export function SignupListFilters({
  view,
  staffNames,
  messages,
}: {
  view: SignupView;
  staffNames: { id: string; name: string }[];
  messages: Messages;
}) {
  const m = messages.admin.signupList;
  const options = messages.forms.options;
  const labelled = (values: readonly string[], labels: Record<string, string>) =>
    values.map((value) => ({ value, label: labels[value] ?? value }));
  return (
    <form
      method="get"
      action="/admin/signups"
      role="search"
      aria-labelledby="filters-title"
      className="mt-6 rounded-lg bg-white p-4 shadow-sm"
    >
      <h2 id="filters-title" className="text-xl font-semibold">
        {m.filters}
      </h2>
      <div className="mt-3">
        <label htmlFor="filter-q" className="block font-medium">
          {m.search}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={view.q ?? ""}
          maxLength={SEARCH_MAX}
          aria-describedby="filter-q-hint"
          className={control}
        />
        <p id="filter-q-hint" className="mt-1 text-base text-muted">
          {m.searchHint}
        </p>
      </div>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select name="role" label={m.role} value={view.role} any={m.any} options={labelled(ROLES, m.roles)} />
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
            defaultValue={view.language ?? ""}
            maxLength={60}
            className={control}
          />
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
        <Select name="sort" label={m.sort} value={view.sort} options={labelled(SORTS, m.sorts)} />
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-ink"
        >
          {m.apply}
        </button>
        <a href="/admin/signups">{m.clear}</a>
      </div>
    </form>
  );
}
