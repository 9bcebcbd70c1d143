import { BULK_FORM_ID } from "@/lib/admin/bulk-answer";
import type { SignupListRow } from "@/lib/admin/signup-list";
import { recordHref, signupViewQuery, type SignupView } from "@/lib/admin/signup-view";
import { formatDate } from "@/lib/admin/record-time";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { SelectPage } from "./signup-select-page";

/** "k'iche'" as "K'iche'": the column keeps languages lower-cased for filtering. */
const languageName = (name: string) =>
  name.replace(/(^|[\s-])(\p{L})/gu, (_, start, letter: string) => start + letter.toUpperCase());

export function SignupListTable({
  rows,
  view,
  isFiltered,
  messages,
  bulk,
  timeZone,
}: {
  rows: SignupListRow[];
  view: SignupView;
  isFiltered: boolean;
  messages: Messages["admin"]["signupList"];
  bulk: Messages["admin"]["bulk"];
  /** The organization's zone (ORG_TIME_ZONE): every time shown is on its clock. */
  timeZone: string;
}) {
  if (rows.length === 0) {
    return (
      <p className="mt-6 rounded-lg bg-white p-5 shadow-sm">
        {isFiltered ? (
          <>
            {messages.empty} <a href="/admin/signups">{messages.clear}</a>
          </>
        ) : (
          messages.emptyAll
        )}
      </p>
    );
  }
  const order = messages.sorts[view.sort].toLowerCase();
  // Each record opens with this view, for its Previous and Next (and its way back here).
  const from = signupViewQuery(view).slice(1);
  return (
    // Focusable so a keyboard can scroll it sideways on a narrow screen.
    <div
      role="region"
      aria-labelledby="signups-caption"
      tabIndex={0}
      className="mt-4 overflow-x-auto rounded-lg bg-white shadow-sm"
    >
      <table className="w-full text-left">
        <caption id="signups-caption" className="p-3 text-left font-semibold">
          {format(isFiltered ? messages.captionFiltered : messages.caption, { order })}
        </caption>
        <thead>
          <tr className="border-b border-black/10">
            <td className="w-10 p-3">
              <SelectPage formId={BULK_FORM_ID} label={bulk.selectPage} />
            </td>
            {[
              messages.name,
              messages.role,
              messages.status,
              messages.languages,
              messages.created,
              messages.assignee,
            ].map((header) => (
              <th key={header} scope="col" className="p-3">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-black/10 align-top" data-signup={row.id}>
              <td className="p-3">
                {row.name ? (
                  <input
                    type="checkbox"
                    name="ids"
                    value={row.id}
                    form={BULK_FORM_ID}
                    aria-label={format(bulk.selectRow, { name: row.name })}
                    className="h-5 w-5"
                  />
                ) : null}
              </td>
              <th scope="row" className="p-3 font-medium">
                <a href={recordHref(row.id, from)}>{row.name ?? messages.anonymised}</a>
              </th>
              <td className="p-3">{messages.roles[row.role]}</td>
              <td className="p-3">{messages.statuses[row.status]}</td>
              <td className="p-3">{row.languages.map(languageName).join(", ")}</td>
              <td className="p-3 whitespace-nowrap">{formatDate(row.createdAt, timeZone)}</td>
              <td className="p-3">{row.assigneeName ?? messages.unassigned}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
