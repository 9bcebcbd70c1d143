import { RecruitmentPeriodForm } from "@/components/admin/recruitment-period-form";
import { RecruitmentTable } from "@/components/admin/recruitment-table";
import { toSearchParams } from "@/lib/admin/signup-view";
import { getRecruitmentReport } from "@/lib/attribution/report";
import { MAX_RANGE_DAYS, parseReportPeriod, periodQuery } from "@/lib/attribution/report-period";
import { REPORT_DIMENSIONS } from "@/lib/attribution/report-tables";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getStaffMessages, plural } from "@/lib/messages";
import { format } from "@/lib/messages/format";
import { localDay, zoneName } from "@/lib/time/zoned";
import { staffForPage } from "../../staff-access";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecruitmentPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const query = params.size ? `?${params.toString()}` : "";
  const staff = await staffForPage(`/admin/recruitment${query}`);
  const timeZone = getEnv().ORG_TIME_ZONE;
  const today = localDay(new Date(), timeZone);
  const parsed = parseReportPeriod(params, today);
  const allMessages = getStaffMessages();
  const messages = allMessages.admin;
  const m = messages.recruitment;
  const zone = zoneName(timeZone);
  const report = parsed.ok
    ? await getRecruitmentReport(
        getDb(),
        staff,
        parsed.period,
        { recruitment: m, roles: messages.signupList.roles },
        { timeZone, today },
      )
    : null;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <p className="mt-2 max-w-prose">{m.lead}</p>
      <RecruitmentPeriodForm
        input={parsed.input}
        errors={parsed.ok ? {} : parsed.errors}
        zone={zone}
        maxPeriod={plural("en", allMessages.period.days, MAX_RANGE_DAYS)}
        messages={m}
      />
      {!parsed.ok ? (
        <p role="alert" className="mt-4 rounded-md border-l-4 border-red-800 bg-red-50 p-4 font-medium">
          {m.errors.summary}
        </p>
      ) : null}
      {report && !report.hasCounts ? (
        <section aria-labelledby="recruitment-empty" className="mt-6 rounded-lg bg-white p-4 shadow-sm">
          <h2 id="recruitment-empty" className="text-xl font-semibold">
            {m.empty.title}
          </h2>
          <p className="mt-2 max-w-prose">{m.empty.body}</p>
        </section>
      ) : null}
      {report && report.hasCounts ? (
        <>
          <div className="mt-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="font-medium">
              {format(m.period.showing, {
                from: report.period.from,
                to: report.period.to,
                period: plural("en", allMessages.period.days, report.period.days),
                zone,
              })}
            </p>
            <p>
              <a href={`/admin/recruitment/export${periodQuery(report.period)}`}>{m.download}</a>
              <span className="block text-sm text-muted">{m.downloadHint}</span>
            </p>
          </div>
          {REPORT_DIMENSIONS.map((dimension) => (
            <RecruitmentTable
              key={dimension}
              dimension={dimension}
              table={report.tables[dimension]}
              period={report.period}
              messages={messages}
            />
          ))}
        </>
      ) : null}
    </>
  );
}
