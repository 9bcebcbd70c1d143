import { signupViewQuery, decodeCursor, type SignupView } from "@/lib/admin/signup-view";
import type { Messages } from "@/lib/messages/en";

/** Links to the pages either side; each is the same view with another cursor. */
export function SignupListPagination({
  view,
  next,
  previous,
  messages,
}: {
  view: SignupView;
  next: string | undefined;
  previous: string | undefined;
  messages: Messages["admin"]["signupList"];
}) {
  if (!next && !previous) return null;
  const href = (cursor: string) =>
    `/admin/signups${signupViewQuery({ ...view, cursor: decodeCursor(cursor) })}`;
  return (
    <nav aria-label={messages.pagination} className="mt-4">
      <ul className="flex flex-wrap justify-between gap-4">
        <li>
          {previous ? (
            <a href={href(previous)} rel="prev">
              {messages.previous}
            </a>
          ) : null}
        </li>
        <li>
          {next ? (
            <a href={href(next)} rel="next">
              {messages.next}
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
