import { BULK_FORM_ID } from "@/lib/admin/bulk-answer";
import { languageName } from "@/lib/admin/language-names";
import type { SignupListRow } from "@/lib/admin/signup-list";
import { recordHref, signupViewQuery, type SignupView } from "@/lib/admin/signup-view";
import { waitingDays, waitingText } from "@/lib/admin/signup-waiting";
import { formatDate } from "@/lib/admin/record-time";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { SelectPage } from "./signup-select-page";

// One table: on a wide screen a table, on a narrow one each row a card (every cell a line
// with its header before it), so a phone never scrolls sideways. One markup, not two, so each
// row has one checkbox for the bulk bar to count.
const cell = "block px-3 py-0.5 md:table-cell md:p-3";

export function SignupListTable({
  rows,
  view,
  isFiltered,
  messages,
  bulk,
  timeZone,
  now,
}: {
  rows: SignupListRow[];
  view: SignupView;
  isFiltered: boolean;
  messages: Messages["admin"]["signupList"];
  bulk: Messages["admin"]["bulk"];
  /** The organization's zone (ORG_TIME_ZONE): every time shown is on its clock. */
  timeZone: string;
  now: Date;
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
  const headers = [
    messages.name,
    messages.role,
    messages.status,
    messages.waiting,
    messages.languages,
    messages.created,
    messages.assignee,
  ];
  // Shown before a value on a card only; a table's cells have their headers.
  const label = (text: string) => <span className="font-medium md:hidden">{text}: </span>;
  // Each record opens with this view, for its Previous and Next (and its way back here).
  const from = signupViewQuery(view).slice(1);
  return (
    // Focusable so a keyboard can scroll it sideways when the table is wider than the screen.
    <div
      role="region"
      aria-labelledby="signups-caption"
      tabIndex={0}
      className="mt-3 rounded-lg bg-white shadow-sm md:overflow-x-auto"
    >
      <table className="block w-full text-left md:table">
        <caption
          id="signups-caption"
          className="flex items-center gap-3 p-3 text-left text-sm font-semibold md:table-caption md:text-base"
        >
          <span className="md:hidden">
            <SelectPage formId={BULK_FORM_ID} label={bulk.selectPage} />
          </span>
          {format(isFiltered ? messages.captionFiltered : messages.caption, { order })}
        </caption>
        <thead className="hidden md:table-header-group">
          <tr className="border-b border-black/10">
            <td className="w-10 p-3">
              <SelectPage formId={BULK_FORM_ID} label={bulk.selectPage} />
            </td>
            {headers.map((header) => (
              <th key={header} scope="col" className="p-3">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {rows.map((row) => (
            <tr
              key={row.id}
              className="relative block border-t border-black/10 py-2 pl-9 align-top md:table-row md:py-0 md:pl-0"
              data-signup={row.id}
            >
              <td className="absolute top-2.5 left-3 md:static md:table-cell md:p-3">
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
              <th scope="row" className={`${cell} font-medium`}>
                <a href={recordHref(row.id, from)}>{row.name ?? messages.anonymised}</a>
              </th>
              <td className={cell}>
                {label(messages.role)}
                {messages.roles[row.role]}
              </td>
              <td className={cell}>
                {label(messages.status)}
                {messages.statuses[row.status]}
              </td>
              <td className={`${cell} md:whitespace-nowrap`}>
                {label(messages.waiting)}
                {waitingText(waitingDays(row.waitingSince, now, timeZone), messages)}
              </td>
              <td className={`${cell} break-words`}>
                {label(messages.languages)}
                {row.languages.map(languageName).join(", ")}
              </td>
              <td className={`${cell} md:whitespace-nowrap`}>
                {label(messages.created)}
                {formatDate(row.createdAt, timeZone)}
              </td>
              <td className={cell}>
                {label(messages.assignee)}
                {row.assigneeName ?? messages.unassigned}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
