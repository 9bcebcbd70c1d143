import { decodeCursor, signupViewQuery, type SignupView } from "@/lib/admin/signup-view";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

const number = new Intl.NumberFormat("en-US");

/** "51–100 of 1,234", and links to the pages either side: the same view with another cursor. */
export function SignupListPagination({
  view,
  start,
  shown,
  total,
  next,
  previous,
  messages,
}: {
  view: SignupView;
  /** The page's first row's position in the view, from 0. */
  start: number;
  shown: number;
  total: number;
  next: string | undefined;
  previous: string | undefined;
  messages: Messages["admin"]["signupList"];
}) {
  if (shown === 0) return null;
  const href = (cursor: string) =>
    `/admin/signups${signupViewQuery({ ...view, cursor: decodeCursor(cursor, view.sort) })}`;
  // A page read past rows added since it began can run past the total: never say "51–60 of 55".
  const last = start + shown;
  return (
    <nav aria-label={messages.pagination} className="mt-4 flex flex-wrap items-center justify-between gap-4">
      <p>
        {format(messages.pageRange, {
          first: number.format(start + 1),
          last: number.format(last),
          total: number.format(Math.max(total, last)),
        })}
      </p>
      <ul className="flex gap-6">
        {previous ? (
          <li>
            <a href={href(previous)} rel="prev">
              {messages.previous}
            </a>
          </li>
        ) : null}
        {next ? (
          <li>
            <a href={href(next)} rel="next">
              {messages.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
