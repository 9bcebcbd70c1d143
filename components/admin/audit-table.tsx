import type { AuditPage } from "@/lib/admin/audit-log";
import { auditViewQuery, type AuditView } from "@/lib/admin/audit-view";
import { formatTime } from "@/lib/admin/record-time";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

type Entry = AuditPage["entries"][number];

function Who({ entry, m }: { entry: Entry; m: Messages["admin"]["audit"] }) {
  if (entry.actor) return <>{entry.actor.name}</>;
  if (entry.formerActorId) return <>{m.formerStaff}</>;
  return <>{m.system}</>;
}

function About({ entry, m }: { entry: Entry; m: Messages["admin"]["audit"] }) {
  if (!entry.subject) return null;
  if (entry.isSignup) {
    return (
      <a href={`/admin/signups/${entry.subject}`}>{format(m.signup, { id: entry.subject.slice(0, 8) })}</a>
    );
  }
  if (entry.subjectStaffName) return <>{entry.subjectStaffName}</>;
  return <span className="break-all">{entry.subject}</span>;
}

/** The entries (wrapping, so a phone needs no sideways scrolling) and the way to older ones. */
export function AuditTable({
  page,
  view,
  messages: m,
  timeZone,
}: {
  page: AuditPage;
  view: AuditView;
  messages: Messages["admin"]["audit"];
  /** The organization's zone (ORG_TIME_ZONE): every time shown is on its clock. */
  timeZone: string;
}) {
  if (page.entries.length === 0) {
    return <p className="mt-6 rounded-lg bg-white p-4 shadow-sm">{m.empty}</p>;
  }
  return (
    <>
      <div className="mt-6 rounded-lg bg-white shadow-sm">
        <table className="w-full table-fixed text-left text-base">
          <caption className="sr-only">{m.caption}</caption>
          <thead>
            <tr className="border-b border-black/10">
              <th scope="col" className="p-2 sm:p-3">
                {m.when}
              </th>
              <th scope="col" className="p-2 sm:p-3">
                {m.who}
              </th>
              <th scope="col" className="p-2 sm:p-3">
                {m.what}
              </th>
              <th scope="col" className="p-2 sm:p-3">
                {m.about}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={entry.id} className="border-b border-black/10 align-top" data-action={entry.action}>
                <td className="p-2 sm:p-3">{formatTime(entry.createdAt, timeZone)}</td>
                <td className="break-words p-2 sm:p-3">
                  <Who entry={entry} m={m} />
                </td>
                <td className="break-words p-2 sm:p-3">
                  <span className="font-medium">{m.actions[entry.action] ?? entry.action}</span>
                  {entry.detail ? <span className="block text-muted">{entry.detail}</span> : null}
                </td>
                <td className="break-words p-2 sm:p-3">
                  <About entry={entry} m={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={m.pagination} className="mt-4 flex flex-wrap gap-4">
        {view.before ? (
          <a href={`/admin/audit${auditViewQuery({ ...view, before: undefined })}`}>{m.newest}</a>
        ) : null}
        {page.nextBefore ? (
          <a href={`/admin/audit${auditViewQuery({ ...view, before: page.nextBefore })}`}>{m.older}</a>
        ) : null}
      </nav>
    </>
  );
}
