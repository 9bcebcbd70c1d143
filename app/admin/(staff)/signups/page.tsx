import { redirect } from "next/navigation";
import { SignupBulkActions } from "@/components/admin/signup-bulk-actions";
import { SignupListFilters } from "@/components/admin/signup-list-filters";
import { SignupListPagination } from "@/components/admin/signup-list-pagination";
import { SignupListStatusCounts } from "@/components/admin/signup-list-status-counts";
import { SignupListTable } from "@/components/admin/signup-list-table";
import { RECORD_STATUSES } from "@/lib/admin/record-forms";
import { listAssignableStaff } from "@/lib/admin/signup-changes";
import { listLanguageSuggestions } from "@/lib/admin/language-suggestions";
import { listSignups } from "@/lib/admin/signup-list";
import { filterChips } from "@/lib/admin/signup-view-chips";
import {
  isFiltered,
  parseSignupView,
  signupViewQuery,
  toSearchParams,
  withoutCursor,
} from "@/lib/admin/signup-view";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getStaffMessages, plural } from "@/lib/messages";
import { listTemplates } from "@/lib/outreach/templates";
import { staffForPage } from "../../staff-access";
import { applyBulkAction, reviewBulkAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignupsPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const view = parseSignupView(params);
  const staff = await staffForPage(`/admin/signups${signupViewQuery(view)}`);
  // The filter form sends every field, the empty ones too: answer with the view's clean URL.
  if ([...params.values()].some((value) => value.trim() === "")) {
    redirect(`/admin/signups${signupViewQuery(view)}`);
  }
  const timeZone = getEnv().ORG_TIME_ZONE;
  const db = getDb();
  const [list, staffNames, templates, suggestions] = await Promise.all([
    listSignups(db, staff, view),
    listAssignableStaff(db, staff),
    listTemplates(db, staff),
    listLanguageSuggestions(db, staff),
  ]);
  const messages = getStaffMessages();
  const m = messages.admin.signupList;
  const matching = view.status
    ? list.counts[view.status]
    : Object.values(list.counts).reduce((sum, count) => sum + count, 0);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <SignupListFilters
        view={view}
        staffNames={staffNames}
        suggestions={suggestions}
        chips={filterChips(view, messages, staffNames)}
        messages={messages}
      />
      <SignupListStatusCounts view={view} counts={list.counts} messages={m} />
      <div className="mt-3 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p>{plural("en", m.summary, matching)}</p>
        {matching > 0 ? (
          <a href={`/admin/signups/export${signupViewQuery(withoutCursor(view))}`}>{m.export}</a>
        ) : null}
      </div>
      <SignupListTable
        rows={list.rows}
        view={view}
        isFiltered={isFiltered(view)}
        messages={m}
        bulk={messages.admin.bulk}
        timeZone={timeZone}
        now={new Date()}
      />
      <SignupListPagination
        view={view}
        start={list.start}
        shown={list.rows.length}
        total={matching}
        next={list.next}
        previous={list.previous}
        messages={m}
      />
      {matching > 0 ? (
        <SignupBulkActions
          viewQuery={signupViewQuery(withoutCursor(view)).slice(1)}
          matching={matching}
          statuses={RECORD_STATUSES.map((status) => ({ value: status, label: m.statuses[status] }))}
          staff={staffNames
            .filter((member) => member.id !== staff.userId)
            .map((member) => ({ value: member.id, label: member.name }))}
          templates={templates.map((template) => ({ value: template.id, label: template.name }))}
          messages={messages.admin.bulk}
          actions={{ review: reviewBulkAction, apply: applyBulkAction }}
        />
      ) : null}
    </>
  );
}
