import type { AuditPage } from "@/lib/admin/audit-log";
import { auditViewQuery, type AuditView } from "@/lib/admin/audit-view";
import { formatTime } from "@/lib/admin/record-time";
import type { Messages } from "@/lib/messages/en";

type Entry = AuditPage["entries"][number];

/** The sentence, a way to the signup while it exists, and the ids for an admin who needs them. */
function What({ entry, m }: { entry: Entry; m: Messages["admin"]["audit"] }) {
  return (
    <>
      <span className="block">{entry.sentence}.</span>
      {entry.signupId ? (
        <a className="mt-1 inline-block" href={`/admin/signups/${entry.signupId}`}>
          {m.openSignup}
        </a>
      ) : null}
      <details className="mt-1 text-sm text-muted">
        <summary className="cursor-pointer">{m.technical}</summary>
        <span className="break-all">{entry.technical}</span>
      </details>
    </>
  );
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
              <th scope="col" className="w-[30%] p-2 sm:w-1/5 sm:p-3">
                {m.when}
              </th>
              <th scope="col" className="w-[28%] p-2 sm:w-1/5 sm:p-3">
                {m.who}
              </th>
              <th scope="col" className="p-2 sm:p-3">
                {m.what}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={entry.id} className="border-b border-black/10 align-top" data-action={entry.action}>
                <td className="p-2 sm:p-3">{formatTime(entry.createdAt, timeZone)}</td>
                <td className="break-words p-2 sm:p-3">{entry.actorName}</td>
                <td className="break-words p-2 sm:p-3">
                  <What entry={entry} m={m} />
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
