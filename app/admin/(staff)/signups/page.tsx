import { SignupListFilters } from "@/components/admin/signup-list-filters";
import { SignupListPagination } from "@/components/admin/signup-list-pagination";
import { SignupListStatusCounts } from "@/components/admin/signup-list-status-counts";
import { SignupListTable } from "@/components/admin/signup-list-table";
import { listAssignableStaff } from "@/lib/admin/signup-changes";
import { listSignups } from "@/lib/admin/signup-list";
import {
  isFiltered,
  parseSignupView,
  signupViewQuery,
  toSearchParams,
  withoutCursor,
} from "@/lib/admin/signup-view";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getMessages } from "@/lib/messages";
import { format } from "@/lib/messages/format";
import { staffForPage } from "../../staff-access";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const number = new Intl.NumberFormat("en-US");

export default async function SignupsPage({ searchParams }: Props) {
  const view = parseSignupView(toSearchParams(await searchParams));
  const staff = await staffForPage(`/admin/signups${signupViewQuery(view)}`);
  const timeZone = getEnv().ORG_TIME_ZONE;
  const db = getDb();
  const [list, staffNames] = await Promise.all([
    listSignups(db, staff, view),
    listAssignableStaff(db, staff),
  ]);
  const messages = getMessages();
  const m = messages.admin.signupList;
  const matching = view.status
    ? list.counts[view.status]
    : Object.values(list.counts).reduce((sum, count) => sum + count, 0);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <SignupListFilters view={view} staffNames={staffNames} messages={messages} />
      <SignupListStatusCounts view={view} counts={list.counts} messages={m} />
      <div className="mt-4 flex flex-wrap items-baseline justify-between gap-3">
        <p>{matching === 1 ? m.summaryOne : format(m.summary, { count: number.format(matching) })}</p>
        {matching > 0 ? (
          <a href={`/admin/signups/export${signupViewQuery(withoutCursor(view))}`}>{m.export}</a>
        ) : null}
      </div>
      <SignupListTable
        rows={list.rows}
        view={view}
        isFiltered={isFiltered(view)}
        messages={m}
        timeZone={timeZone}
      />
      <SignupListPagination view={view} next={list.next} previous={list.previous} messages={m} />
    </>
  );
}
