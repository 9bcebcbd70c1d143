import { rate, rateText } from "@/lib/attribution/report-figures";
import { peak } from "@/lib/attribution/sparkline";
import type { ReportCounts, ReportDimension, ReportTable } from "@/lib/attribution/report-tables";
import type { ReportPeriod } from "@/lib/attribution/report-period";
import { LOCALES } from "@/lib/i18n/languages";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { ROLES } from "@/lib/signup/options";
import { Sparkline } from "./sparkline";

// One table of the recruitment report: a row per page, channel or campaign, its total last.
// Wider than a phone, so it scrolls sideways inside its own region (focusable, so a keyboard
// can scroll it too) instead of widening the page. Counts are exact here: only what leaves the
// app (the CSV) writes small numbers as "<5".

const number = new Intl.NumberFormat("en-US");
const cell = "p-2 text-right tabular-nums whitespace-nowrap";

export function RecruitmentTable({
  dimension,
  table,
  period,
  messages,
}: {
  dimension: ReportDimension;
  table: ReportTable;
  period: ReportPeriod;
  messages: Messages["admin"];
}) {
  const m = messages.recruitment;
  const words = m.tables[dimension];
  const titleId = `recruitment-${dimension}`;
  const c = m.columns;
  const chartLabel = (daily: number[]) => {
    const top = peak(daily, period.from);
    const total = daily.reduce((sum, n) => sum + n, 0);
    return !top || top.value === 0
      ? format(m.chartNone, { from: period.from, to: period.to })
      : format(m.chart, {
          from: period.from,
          to: period.to,
          total: number.format(total),
          top: number.format(top.value),
          day: top.day,
        });
  };
  // What a coordinator reads first (the figures, the rates, the line) comes first; the splits
  // by role and language follow, where a laptop's width may need a sideways scroll.
  const figures = (row: ReportCounts) => (
    <>
      <td className={cell}>{number.format(row.views)}</td>
      <td className={cell}>{number.format(row.formOpens)}</td>
      <td className={`${cell} font-semibold`}>{number.format(row.signups)}</td>
      <td className={cell}>{number.format(row.ready)}</td>
      <td className={cell}>{rateText(rate(row.formOpens, row.views))}</td>
      <td className={cell}>{rateText(rate(row.signups, row.formOpens))}</td>
      <td className={cell}>{rateText(rate(row.signups, row.views))}</td>
      <td className="p-2">
        <Sparkline values={row.daily} label={chartLabel(row.daily)} />
      </td>
      {ROLES.map((role) => (
        <td key={role} className={cell}>
          {number.format(row.byRole[role])}
        </td>
      ))}
      {LOCALES.map((locale) => (
        <td key={locale} className={cell}>
          {number.format(row.byLocale[locale])}
        </td>
      ))}
    </>
  );
  const header = (text: string) => (
    <th scope="col" className="p-2 text-right align-bottom">
      {text}
    </th>
  );
  return (
    <section aria-labelledby={titleId} className="mt-8">
      <h2 id={titleId} className="text-xl font-semibold">
        {words.title}
      </h2>
      {table.rows.length === 0 ? (
        <p className="mt-2">{m.noRows}</p>
      ) : (
        <div
          role="region"
          aria-labelledby={titleId}
          tabIndex={0}
          className="mt-3 overflow-x-auto rounded-lg bg-white shadow-sm"
        >
          <table className="w-full text-left">
            <caption className="sr-only">{words.caption}</caption>
            <thead>
              <tr className="border-b border-black/20">
                <th scope="col" className="p-2 align-bottom">
                  {words.heading}
                </th>
                {header(c.views)}
                {header(c.formOpens)}
                {header(c.signups)}
                {header(c.ready)}
                {header(c.opensPerView)}
                {header(c.signupsPerOpen)}
                {header(c.signupsPerView)}
                <th scope="col" className="p-2 align-bottom">
                  {c.chart}
                </th>
                {ROLES.map((role) => (
                  <th key={role} scope="col" className="p-2 text-right align-bottom">
                    <span className="block text-sm font-normal text-muted">{m.byRole}</span>
                    {messages.signupList.roles[role]}
                  </th>
                ))}
                {LOCALES.map((locale) => (
                  <th key={locale} scope="col" className="p-2 text-right align-bottom">
                    <span className="block text-sm font-normal text-muted">{m.byLanguage}</span>
                    {m.languages[locale as keyof typeof m.languages] ?? locale}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key ?? "others"} className="border-b border-black/10" data-row={row.key ?? ""}>
                  <th scope="row" className="min-w-40 p-2 font-medium">
                    {row.label}
                    {row.key && row.key !== row.label ? (
                      <span className="block text-sm font-normal text-muted [overflow-wrap:anywhere]">
                        {row.key}
                      </span>
                    ) : null}
                  </th>
                  {figures(row)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-black/30 font-semibold">
                <th scope="row" className="p-2">
                  {m.total}
                </th>
                {figures(table.total)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
