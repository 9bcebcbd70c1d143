import "server-only";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/languages";
import { plural } from "../messages/plural";
import { readySql } from "../onboarding/summary";
import type { Role } from "../signup/options";
import { endOfLocalDay, startOfLocalDay } from "../time/zoned";
import { campaignLabel, pageLabel, sourceLabel } from "./report-labels";
import type { ReportPeriod } from "./report-period";
import {
  REPORT_DIMENSIONS,
  tableOf,
  zeroCounts,
  type RecruitmentReport,
  type ReportCounts,
  type ReportDimension,
  type ReportTable,
  type ReportWordsFor,
} from "./report-tables";

// The recruitment report (issue 24): for a period of the organization's days, by page, by
// channel and by campaign, the views and form opens the front door counted (page_counts) and the
// signups that came from each (signups.came_from_*), with those now ready. Two set-based reads:
// page_counts by its primary key's leading `day`, signups by the range of created_at that the
// period's days cover (signups_list_idx leads with created_at); each grouped three ways at once
// (GROUPING SETS), so the three tables cost one pass over each table's rows for the period.

type CountRow = { dim: ReportDimension; key: string; views: number; form_opens: number; daily: string };
type SignupRow = { dim: ReportDimension; key: string; role: Role; locale: string; ready: boolean; n: number };

// Which grouping set a row belongs to: the columns of the others are NULL in it.
const DIMENSION = Prisma.sql`CASE WHEN grouping(page) = 0 THEN 'pages' WHEN grouping(source) = 0 THEN 'sources' ELSE 'campaigns' END`;

/** Views and form opens per page, source and campaign over the days, with each key's views per day. */
export function countsSql(period: ReportPeriod): Prisma.Sql {
  return Prisma.sql`
    SELECT dim, key,
           coalesce(sum(n) FILTER (WHERE kind = 'view'), 0)::int AS views,
           coalesce(sum(n) FILTER (WHERE kind = 'form_open'), 0)::int AS form_opens,
           coalesce(json_object_agg(day, n) FILTER (WHERE kind = 'view'), '{}')::text AS daily
      FROM (SELECT ${DIMENSION} AS dim, coalesce(page, source, campaign) AS key, kind, day::text AS day,
                   sum(count)::int AS n
              FROM page_counts
             WHERE day BETWEEN ${period.from}::date AND ${period.to}::date
             GROUP BY GROUPING SETS ((page, kind, day), (source, kind, day), (campaign, kind, day))) g
     GROUP BY dim, key`;
}

/**
 * Signups made in the period by what they came from, role, language and readiness today. A
 * signup without a page opened its form directly: it counts under that form's own page, where
 * the front door counts a form opened directly.
 */
export function signupsSql(period: ReportPeriod, timeZone: string, today: string): Prisma.Sql {
  return Prisma.sql`
    SELECT ${DIMENSION} AS dim, coalesce(page, source, campaign) AS key, role, locale, ready, count(*)::int AS n
      FROM (SELECT coalesce(s.came_from_page, '/volunteer/' || s.role::text) AS page,
                   coalesce(s.came_from_source, '') AS source, coalesce(s.came_from_campaign, '') AS campaign,
                   s.role::text AS role, s.locale, coalesce(${readySql(today)}, false) AS ready
              FROM signups s
             WHERE s.created_at >= ${startOfLocalDay(period.from, timeZone)}
               AND s.created_at < ${endOfLocalDay(period.to, timeZone)}) x
     GROUP BY GROUPING SETS ((page, role, locale, ready), (source, role, locale, ready), (campaign, role, locale, ready))`;
}

/** The published testimonials by slug (every one is a row, counted or not) and campaign links' names by campaign. */
async function readNames(db: Db) {
  const [testimonials, links] = await Promise.all([
    db.testimonial.findMany({ select: { slug: true, name: true, isPublished: true } }),
    db.$queryRaw<{ campaign: string; names: string; isLive: boolean }[]>`
      SELECT lower(utm_campaign) AS campaign, string_agg(name, ' / ' ORDER BY created_at) AS names,
             bool_or(archived_at IS NULL) AS "isLive"
        FROM campaign_links GROUP BY lower(utm_campaign)`,
  ]);
  return {
    testimonials: new Map(testimonials.map((t) => [t.slug, t.name])),
    published: testimonials.filter((t) => t.isPublished).map((t) => `/voices/${t.slug}`),
    links: new Map(links.map((l) => [l.campaign, l.names])),
    liveCampaigns: links.filter((l) => l.isLive).map((l) => l.campaign),
  };
}

function dayIndex(from: string) {
  const start = Date.parse(`${from}T00:00:00Z`);
  return (day: string) => Math.round((Date.parse(`${day}T00:00:00Z`) - start) / 86_400_000);
}

export async function getRecruitmentReport(
  db: Db,
  staff: StaffContext,
  period: ReportPeriod,
  words: ReportWordsFor,
  { timeZone, today }: { timeZone: string; today: string },
): Promise<RecruitmentReport> {
  assertRole(staff, "reviewer");
  const [counts, signups, names, anyCount] = await Promise.all([
    db.$queryRaw<CountRow[]>(countsSql(period)),
    db.$queryRaw<SignupRow[]>(signupsSql(period, timeZone, today)),
    readNames(db),
    db.pageCount.findFirst({ select: { day: true } }),
  ]);
  const byKey = Object.fromEntries(
    REPORT_DIMENSIONS.map((dim) => [dim, new Map<string, ReportCounts>()]),
  ) as Record<ReportDimension, Map<string, ReportCounts>>;
  const at = (dim: ReportDimension, key: string) => {
    let row = byKey[dim].get(key);
    if (!row) byKey[dim].set(key, (row = zeroCounts(period.days)));
    return row;
  };
  const index = dayIndex(period.from);
  for (const row of counts) {
    const into = at(row.dim, row.key);
    into.views += row.views;
    into.formOpens += row.form_opens;
    for (const [day, n] of Object.entries(JSON.parse(row.daily) as Record<string, number>)) {
      into.daily[index(day)] = n;
    }
  }
  for (const row of signups) {
    const into = at(row.dim, row.key);
    into.signups += row.n;
    if (row.role in into.byRole) into.byRole[row.role] += row.n;
    if (row.locale in into.byLocale) into.byLocale[row.locale as Locale] += row.n;
    if (row.ready) into.ready += row.n;
  }
  // Every published testimonial and live campaign has a row: a story that brings no one is news too.
  for (const page of names.published) at("pages", page);
  for (const campaign of names.liveCampaigns) at("campaigns", campaign);

  const w = words.recruitment;
  const label: Record<ReportDimension, (key: string) => string> = {
    pages: (key) => pageLabel(key, names.testimonials, w, words.roles),
    sources: (key) => sourceLabel(key, w),
    campaigns: (key) => campaignLabel(key, names.links, w),
  };
  const others = (count: number) => plural("en", w.others, count);
  const tables = Object.fromEntries(
    REPORT_DIMENSIONS.map((dim) => [
      dim,
      tableOf(
        [...byKey[dim]].map(([key, row]) => ({ ...row, key, label: label[dim](key) })),
        period.days,
        others,
      ),
    ]),
  ) as Record<ReportDimension, ReportTable>;
  return { period, hasCounts: anyCount !== null, tables };
}
