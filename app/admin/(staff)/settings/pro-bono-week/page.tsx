import type { Metadata } from "next";
import { Notice } from "@/components/admin/field";
import { ProBonoWeekForm } from "@/components/admin/pro-bono-week-form";
import { formatTime } from "@/lib/admin/record-time";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getMessages, getStaffMessages } from "@/lib/messages";
import { format } from "@/lib/messages/format";
import { LANGUAGES } from "@/lib/i18n/languages";
import { formatProBonoWeek } from "@/lib/site/pro-bono-week";
import { PRO_BONO_WEEK_LIMITS } from "@/lib/site/pro-bono-week-form";
import { proBonoWeekForAdmin } from "@/lib/site/pro-bono-week-setting";
import { staffForPage } from "../../../staff-access";
import { resetProBonoWeekAction, saveProBonoWeekAction } from "./actions";

export const metadata: Metadata = { title: getStaffMessages().admin.proBonoWeek.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProBonoWeekPage({ searchParams }: Props) {
  const staff = await staffForPage("/admin/settings/pro-bono-week", { role: "admin" });
  const env = getEnv();
  const week = await proBonoWeekForAdmin(getDb(), staff, env);
  const m = getStaffMessages().admin.proBonoWeek;
  const { outcome } = await searchParams;
  const notice = outcome === "saved" ? m.outcomes.saved : outcome === "reset" ? m.outcomes.reset : null;
  const dates = formatProBonoWeek(week.start ?? undefined, week.end ?? undefined);
  // A callout as the home page in that language shows it: its dates in its own words.
  const shown = (text: string, intl: string) =>
    format(text, {
      dates: formatProBonoWeek(week.start ?? undefined, week.end ?? undefined, intl) ?? "{dates}",
    });
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <p className="mt-2 max-w-prose">{m.lead}</p>
      {notice ? <Notice tone="info">{notice}</Notice> : null}

      <section
        aria-labelledby="pbw-current"
        className="mt-6 max-w-2xl rounded-lg bg-white p-4 shadow-sm sm:p-5"
      >
        <h2 id="pbw-current" className="text-2xl font-semibold text-brand">
          {m.current}
        </h2>
        <p className="mt-2" data-testid="pbw-source">
          {week.source === "environment"
            ? m.fromEnvironment
            : format(m.fromSaved, {
                name: week.updatedByName ?? "—",
                when: week.updatedAt ? formatTime(week.updatedAt, env.ORG_TIME_ZONE) : "—",
              })}
        </p>
        <p className="mt-2">{dates ? format(m.week, { dates }) : m.noWeek}</p>
        <ul className="mt-2 list-disc pl-5">
          {LANGUAGES.map((language) => (
            <li key={language.code} className="mt-1 [overflow-wrap:anywhere]">
              {week.callout
                ? format(m.calloutIn, {
                    language: m.languages[language.code],
                    text: shown(week.callout[language.code], language.intl),
                  })
                : format(m.calloutOwn, {
                    language: m.languages[language.code],
                    text: shown(getMessages(language.code).home.proBonoWeek.body, language.intl),
                  })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pbw-edit" className="mt-8 max-w-2xl rounded-lg bg-white p-4 shadow-sm sm:p-5">
        <h2 id="pbw-edit" className="text-2xl font-semibold text-brand">
          {m.editHeading}
        </h2>
        <ProBonoWeekForm
          initial={{
            start: week.start ?? "",
            end: week.end ?? "",
            calloutEn: week.callout?.en ?? "",
            calloutEs: week.callout?.es ?? "",
          }}
          maxLength={PRO_BONO_WEEK_LIMITS.callout}
          messages={m}
          action={saveProBonoWeekAction}
        />
      </section>

      {week.source === "saved" ? (
        <section
          aria-labelledby="pbw-reset"
          className="mt-8 max-w-2xl rounded-lg bg-white p-4 shadow-sm sm:p-5"
        >
          <h2 id="pbw-reset" className="text-2xl font-semibold text-brand">
            {m.resetHeading}
          </h2>
          <p className="mt-2">{m.resetLead}</p>
          <form action={resetProBonoWeekAction}>
            <button
              type="submit"
              className="mt-4 rounded-md border border-brand px-5 py-2.5 font-semibold text-brand"
            >
              {m.reset}
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
