import {
  signupViewQuery,
  SIGNUP_STATUSES,
  withoutCursor,
  type SignupStatus,
  type SignupView,
} from "@/lib/admin/signup-view";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

const number = new Intl.NumberFormat("en-US");

/** How many signups each status would show with the other filters kept, each a link to them. */
export function SignupListStatusCounts({
  view,
  counts,
  messages,
}: {
  view: SignupView;
  counts: Record<SignupStatus, number>;
  messages: Messages["admin"]["signupList"];
}) {
  const base = withoutCursor(view);
  const total = SIGNUP_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const links = [
    {
      key: "all",
      view: { ...base, status: undefined },
      label: format(messages.allStatuses, { count: number.format(total) }),
      isCurrent: !view.status,
    },
    ...SIGNUP_STATUSES.map((status) => ({
      key: status,
      view: { ...base, status },
      label: format(messages.statusCount, {
        status: messages.statuses[status],
        count: number.format(counts[status]),
      }),
      isCurrent: view.status === status,
    })),
  ];
  return (
    <nav aria-label={messages.statusCounts} className="mt-3">
      {/* One row that scrolls sideways on a phone, so the list starts on the first screen. */}
      <ul className="flex gap-1.5 overflow-x-auto pb-1 md:flex-wrap md:overflow-visible md:pb-0">
        {links.map((link) => (
          <li key={link.key}>
            <a
              href={`/admin/signups${signupViewQuery(link.view)}`}
              aria-current={link.isCurrent ? "page" : undefined}
              className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm ${link.isCurrent ? "border-brand bg-brand text-white" : "border-black/30 bg-white"}`}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
