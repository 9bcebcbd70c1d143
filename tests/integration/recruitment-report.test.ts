import { beforeAll, describe, expect, it } from "vitest";
import { countsSql, getRecruitmentReport, signupsSql } from "../../lib/attribution/report";
import { exportRecruitmentReport } from "../../lib/attribution/report-export";
import { parseReportPeriod, type ReportPeriod } from "../../lib/attribution/report-period";
import type { RecruitmentReport, ReportRow } from "../../lib/attribution/report-tables";
import type { StaffContext } from "../../lib/auth/staff-session";
import { seedTestimonials } from "../../lib/content/testimonials";
import type { Db } from "../../lib/db/client";
import { Prisma } from "../../lib/generated/prisma/client";
import { getStaffMessages } from "../../lib/messages";
import type { Role } from "../../lib/signup/options";
import { parseCsv } from "../support/csv";
import { seedSignup, signedInStaff } from "../support/list-signups";
import { staffAuthDatabase } from "../support/staff-auth";

// The recruitment report against PostgreSQL: page_counts and signups with where they came from,
// read for March 2026 in Denver (the clocks went forward on March 8), each table's figures
// written out by hand, the period's edges to the second, and the CSV's "<5".

const current = staffAuthDatabase();
const TZ = "America/Denver";
const TODAY = "2026-12-07";
let db: Db;
let reviewer: StaffContext;

const messages = getStaffMessages().admin;
const words = { recruitment: messages.recruitment, roles: messages.signupList.roles };
const march = (): ReportPeriod => {
  const parsed = parseReportPeriod(new URLSearchParams("period=range&from=2026-03-01&to=2026-03-31"), TODAY);
  if (!parsed.ok) throw new Error("March should parse");
  return parsed.period;
};

type Count = [
  day: string,
  kind: "view" | "form_open",
  page: string,
  source: string,
  campaign: string,
  role: string,
  count: number,
];
const COUNTS: Count[] = [
  ["2026-02-28", "view", "/voices/paul-cash", "whatsapp", "", "", 100], // the day before
  ["2026-03-01", "view", "/voices/paul-cash", "whatsapp", "", "", 10],
  ["2026-03-02", "view", "/voices/paul-cash", "", "", "", 5],
  ["2026-03-02", "form_open", "/voices/paul-cash", "whatsapp", "", "interpreter", 4],
  ["2026-03-05", "form_open", "/volunteer/attorney", "search", "", "attorney", 2],
  ["2026-03-10", "view", "/voices/madison-jones", "campaign", "bar-news", "", 20],
  ["2026-03-10", "form_open", "/voices/madison-jones", "campaign", "bar-news", "medical", 6],
  ["2026-03-31", "view", "/", "direct", "", "", 7],
  ["2026-04-01", "view", "/", "direct", "", "", 1000], // the day after
];

type Made = {
  role: Role;
  at: string;
  page: string | null;
  source: string | null;
  campaign?: string;
  locale?: string;
  stepsOpen?: number;
  firstExpiry?: string;
};
const SIGNUPS: Made[] = [
  // Midnight starting March 1 in Denver (MST, UTC-7), and the second before it.
  {
    role: "interpreter",
    at: "2026-03-01T07:00:00Z",
    page: "/voices/paul-cash",
    source: "whatsapp",
    locale: "es",
    stepsOpen: 0,
  },
  { role: "interpreter", at: "2026-03-01T06:59:59Z", page: "/voices/paul-cash", source: "whatsapp" },
  // The last second of March 31 in Denver (MDT, UTC-6), and midnight after it. No page: the
  // form was opened directly, so it counts under the form's own page.
  { role: "attorney", at: "2026-04-01T05:59:59Z", page: null, source: "search", stepsOpen: 2 },
  { role: "attorney", at: "2026-04-01T06:00:00Z", page: null, source: "search", stepsOpen: 0 },
  // A done step expired on March 20: no longer ready today.
  {
    role: "medical",
    at: "2026-03-10T18:00:00Z",
    page: "/voices/madison-jones",
    source: "campaign",
    campaign: "bar-news",
    stepsOpen: 0,
    firstExpiry: "2026-03-20",
  },
  {
    role: "medical",
    at: "2026-03-10T19:00:00Z",
    page: "/voices/madison-jones",
    source: "campaign",
    campaign: "bar-news",
    locale: "es",
    stepsOpen: 0,
  },
];

beforeAll(async () => {
  ({ db } = current());
  reviewer = await signedInStaff(current().deps, "recruiter@example.org");
  await seedTestimonials(db);
  for (const [day, kind, page, source, campaign, role, count] of COUNTS) {
    await db.pageCount.create({
      data: { day: new Date(`${day}T00:00:00Z`), kind, page, source, campaign, role, count },
    });
  }
  await db.campaignLink.create({
    data: {
      code: "bar",
      name: "Bar newsletter, March",
      targetPath: "/voices/madison-jones",
      utmCampaign: "bar-news",
    },
  });
  for (const [n, s] of SIGNUPS.entries()) {
    const id = await seedSignup(db, { role: s.role, n: n + 1, createdAt: new Date(s.at) });
    await db.signup.update({
      where: { id },
      data: {
        cameFromPage: s.page,
        cameFromSource: s.source,
        cameFromCampaign: s.campaign ?? null,
        locale: s.locale ?? "en",
        stepsOpen: s.stepsOpen ?? null,
        firstExpiry: s.firstExpiry ? new Date(`${s.firstExpiry}T00:00:00Z`) : null,
      },
    });
  }
});

const report = () => getRecruitmentReport(db, reviewer, march(), words, { timeZone: TZ, today: TODAY });

/** A row's figures in one line: views, form opens, signups, by role, by language, ready. */
const figures = (row: ReportRow | RecruitmentReport["tables"]["pages"]["total"] | undefined) =>
  row && {
    views: row.views,
    formOpens: row.formOpens,
    signups: row.signups,
    byRole: row.byRole,
    byLocale: row.byLocale,
    ready: row.ready,
  };
const roles = (attorney = 0, medical = 0, interpreter = 0) => ({ attorney, medical, interpreter });
const langs = (en = 0, es = 0) => ({ en, es });
const find = (r: RecruitmentReport, table: keyof RecruitmentReport["tables"], key: string) =>
  r.tables[table].rows.find((row) => row.key === key);

describe("the recruitment report", () => {
  it("counts by page: each testimonial by name, a form opened directly under the form", async () => {
    const r = await report();
    expect(r.hasCounts).toBe(true);
    expect(r.period).toMatchObject({ from: "2026-03-01", to: "2026-03-31", days: 31 });
    const paul = find(r, "pages", "/voices/paul-cash");
    expect(paul?.label).toBe("Paul Cash");
    expect(figures(paul)).toEqual({
      views: 15,
      formOpens: 4,
      signups: 1,
      byRole: roles(0, 0, 1),
      byLocale: langs(0, 1),
      ready: 1,
    });
    expect(paul!.daily.slice(0, 3)).toEqual([10, 5, 0]);
    expect(paul!.daily).toHaveLength(31);
    expect(figures(find(r, "pages", "/voices/madison-jones"))).toEqual({
      views: 20,
      formOpens: 6,
      signups: 2,
      byRole: roles(0, 2, 0),
      byLocale: langs(1, 1),
      ready: 1,
    });
    const attorneyForm = find(r, "pages", "/volunteer/attorney");
    expect(attorneyForm?.label).toBe("Attorney form, opened directly");
    expect(figures(attorneyForm)).toEqual({
      views: 0,
      formOpens: 2,
      signups: 1,
      byRole: roles(1, 0, 0),
      byLocale: langs(1, 0),
      ready: 0,
    });
    const home = find(r, "pages", "/");
    expect(home).toMatchObject({ label: "The story (home page)", views: 7, signups: 0 });
    expect(home!.daily[30]).toBe(7);
    // A published testimonial no one opened is still a row, with nothing.
    expect(find(r, "pages", "/voices/lauren-bowen")).toMatchObject({
      label: "Lauren Bowen",
      views: 0,
      signups: 0,
    });
    // Most signups first.
    expect(r.tables.pages.rows[0]!.key).toBe("/voices/madison-jones");
  });

  it("counts by channel and by campaign, a campaign by its link's name", async () => {
    const r = await report();
    const channel = (key: string) => {
      const row = find(r, "sources", key);
      return row && [row.label, row.views, row.formOpens, row.signups, row.ready];
    };
    expect(channel("whatsapp")).toEqual(["WhatsApp", 10, 4, 1, 1]);
    expect(channel("")).toEqual(["From another page of the site", 5, 0, 0, 0]);
    expect(channel("search")).toEqual(["Search engine", 0, 2, 1, 0]);
    expect(channel("campaign")).toEqual(["Campaign link", 20, 6, 2, 1]);
    expect(channel("direct")).toEqual(["Direct (no referring site)", 7, 0, 0, 0]);
    expect(r.tables.sources.rows).toHaveLength(5);
    const campaign = (key: string) => {
      const row = find(r, "campaigns", key);
      return row && [row.label, row.views, row.formOpens, row.signups, row.ready];
    };
    expect(campaign("bar-news")).toEqual(["Bar newsletter, March", 20, 6, 2, 1]);
    expect(campaign("")).toEqual(["No campaign", 22, 6, 2, 1]);
  });

  it("gives each table the same totals, inside the period's days in the organization's zone", async () => {
    const r = await report();
    for (const table of ["pages", "sources", "campaigns"] as const) {
      expect(figures(r.tables[table].total), table).toEqual({
        views: 42,
        formOpens: 12,
        signups: 4,
        byRole: roles(1, 2, 1),
        byLocale: langs(2, 2),
        ready: 2,
      });
      expect(r.tables[table].total.daily.reduce((a, b) => a + b, 0)).toBe(42);
    }
  });

  it("takes in the day before and the day after when the days include them", async () => {
    const period: ReportPeriod = { preset: "range", from: "2026-02-28", to: "2026-04-01", days: 33 };
    const r = await getRecruitmentReport(db, reviewer, period, words, { timeZone: TZ, today: TODAY });
    expect(r.tables.pages.total).toMatchObject({ views: 1142, signups: 6 });
  });

  it("writes a CSV where no count below 5 leaves the app, and audits it", async () => {
    const { fileName, body } = await exportRecruitmentReport(db, reviewer, march(), words, {
      timeZone: TZ,
      today: TODAY,
    });
    expect(fileName).toBe("recruitment-2026-03-01-to-2026-03-31.csv");
    expect(body.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(body.slice(1));
    const at = (name: string) => header!.indexOf(name);
    const paul = rows.find((row) => row[2] === "/voices/paul-cash")!;
    expect([paul[at("Views")], paul[at("Form opens")], paul[at("Signups")], paul[at("Ready now")]]).toEqual([
      "15",
      "<5",
      "<5",
      "<5",
    ]);
    const total = rows.find((row) => row[0] === "By page" && row[1] === "All")!;
    expect([total[at("Views")], total[at("Form opens")], total[at("Signups")]]).toEqual(["42", "12", "<5"]);
    // Every count column: "<5" or a number of at least 5.
    const counts = header!.slice(3, at("Ready now") + 1).map(at);
    for (const row of rows)
      for (const i of counts)
        expect(row[i] === "<5" || Number(row[i]) >= 5, `${row[1]}: ${header![i]} ${row[i]}`).toBe(true);
    const audit = await db.auditEvent.findFirst({
      where: { action: "recruitment_exported" },
      orderBy: { id: "desc" },
      select: { actorId: true, detail: true },
    });
    expect(audit).toEqual({
      actorId: reviewer.userId,
      detail: { from: "2026-03-01", to: "2026-03-31", rows: rows.length },
    });
  });

  it("reads page_counts by its key's day and signups by a created_at index, not whole tables", async () => {
    const plans = await db.$transaction(async (tx) => {
      // The tables are tiny here: the planner would read them whole. Off, it must find an index
      // whose condition is the period, or fall back to a sequential scan anyway.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const explain = async (sql: Prisma.Sql) =>
        (await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`))
          .map((line) => line["QUERY PLAN"])
          .join("\n");
      return {
        counts: await explain(countsSql(march())),
        signups: await explain(signupsSql(march(), TZ, TODAY)),
      };
    });
    expect(plans.counts).toMatch(/Index (Only )?Scan (using|on) page_counts_pkey/);
    expect(plans.counts).toMatch(/Index Cond: \(\(day >= /);
    expect(plans.counts).not.toMatch(/Seq Scan/);
    expect(plans.signups).toMatch(/Index Cond: \(\(created_at >= /);
    expect(plans.signups).not.toMatch(/Seq Scan/);
  });

  it("says nothing was counted yet before the front door has counted anything", async () => {
    await db.pageCount.deleteMany({});
    expect((await report()).hasCounts).toBe(false);
  });
});
