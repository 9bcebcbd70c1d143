import { AUDIT_ACTIONS, NO_ACTOR, type AuditView } from "@/lib/admin/audit-view";
import type { Messages } from "@/lib/messages/en";

const control = "mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base";

/** A GET form: the view goes into the URL, so it can be bookmarked and shared. */
export function AuditFilters({
  view,
  actors,
  messages: m,
}: {
  view: AuditView;
  actors: { id: string; name: string }[];
  messages: Messages["admin"]["audit"];
}) {
  return (
    <form method="get" action="/admin/audit" className="mt-6 rounded-lg bg-white p-4 shadow-sm sm:p-5">
      <h2 className="text-xl font-semibold text-brand">{m.filters}</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="mt-3">
          <label htmlFor="audit-actor" className="block font-medium">
            {m.person}
          </label>
          <select id="audit-actor" name="actor" defaultValue={view.actor ?? ""} className={control}>
            <option value="">{m.anyone}</option>
            <option value={NO_ACTOR}>{m.noOne}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <div className="mt-3">
          <label htmlFor="audit-action" className="block font-medium">
            {m.action}
          </label>
          <select id="audit-action" name="action" defaultValue={view.action ?? ""} className={control}>
            <option value="">{m.anyAction}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {m.actions[action]}
              </option>
            ))}
          </select>
        </div>
        <div className="mt-3">
          <label htmlFor="audit-from" className="block font-medium">
            {m.from}
          </label>
          <input id="audit-from" type="date" name="from" defaultValue={view.from ?? ""} className={control} />
        </div>
        <div className="mt-3">
          <label htmlFor="audit-to" className="block font-medium">
            {m.to}
          </label>
          <input id="audit-to" type="date" name="to" defaultValue={view.to ?? ""} className={control} />
        </div>
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-ink"
        >
          {m.apply}
        </button>
        <a href="/admin/audit">{m.clear}</a>
      </div>
    </form>
  );
}
