import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVisitCounting, type VisitCounting } from "../../lib/attribution/front-door-counting";
import { migratedDatabase } from "../support/test-database";
import { proxiedTestDatabase, type ProxiedTestDatabase } from "../support/tcp-proxy";
import type { Db } from "../../lib/db/client";
import { getRecruitmentReport } from "../../lib/attribution/report";
import { getStaffMessages } from "../../lib/messages";
import { signedInStaff } from "../support/list-signups";
import { testAccountDeps } from "../support/staff-auth";

// The front door's counts in PostgreSQL (decision 035): several instances add to the same
// rows, and counts a flush could not store arrive with the next one.

const SITE = "https://volunteer.example.org";
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const NOW = Date.parse("2026-12-08T18:00:00Z");

/** One instance's counting, over its own pool to the database at `url`. */
const instance = (url: string, log: (line: string) => void = () => {}) =>
  startVisitCounting({
    site: { url: SITE, locales: ["en", "es"] },
    timeZone: "America/Denver",
    flushSeconds: 0,
    database: url,
    now: () => NOW,
    log,
  });

/** A page shown: the request as the front door sees it, then its 200 going out. */
function showPage(counting: VisitCounting, url: string, referer?: string) {
  const response = Object.assign(new EventEmitter(), { statusCode: 200 }) as unknown as ServerResponse;
  counting.count({ method: "GET", url, headers: { "user-agent": CHROME, referer } }, response);
  response.emit("finish");
}

const countsIn = async (db: Db) =>
  (
    await db.pageCount.findMany({
      select: { day: true, kind: true, page: true, source: true, campaign: true, role: true, count: true },
      orderBy: [{ kind: "asc" }, { page: "asc" }],
    })
  ).map((row) => ({ ...row, day: row.day.toISOString().slice(0, 10) }));

describe("two instances counting the same page", () => {
  const current = migratedDatabase();

  it("store 1,000 views between them, flushing while they count", async () => {
    const { database, db } = current();
    const instances = [instance(database.url), instance(database.url)];
    const flushes: Promise<void>[] = [];
    await Promise.all(
      instances.map(async (counting) => {
        for (let view = 1; view <= 500; view++) {
          showPage(counting, "/voices/ana?utm_source=whatsapp");
          // A flush every 50 views, the next views counted while it is under way.
          if (view % 50 === 0) flushes.push(counting.flush());
          if (view % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );
    await Promise.all(flushes);
    await Promise.all(instances.map((counting) => counting.stop()));

    expect(await countsIn(db)).toEqual([
      {
        day: "2026-12-08",
        kind: "view",
        page: "/voices/ana",
        source: "whatsapp",
        campaign: "",
        role: "",
        count: 1000,
      },
    ]);

    // And the recruitment report, for that day, says 1,000 for the page and for the channel.
    const reviewer = await signedInStaff(testAccountDeps(db), "recruiter@example.org");
    const messages = getStaffMessages().admin;
    const report = await getRecruitmentReport(
      db,
      reviewer,
      { preset: "range", from: "2026-12-08", to: "2026-12-08", days: 1 },
      { recruitment: messages.recruitment, roles: messages.signupList.roles },
      { timeZone: "America/Denver", today: "2026-12-08" },
    );
    const views = (table: "pages" | "sources", key: string) =>
      report.tables[table].rows.find((row) => row.key === key)?.views;
    expect(views("pages", "/voices/ana")).toBe(1000);
    expect(views("sources", "whatsapp")).toBe(1000);
  });
});

describe("counting while PostgreSQL is unreachable", () => {
  let database: ProxiedTestDatabase;

  beforeAll(async () => {
    database = await proxiedTestDatabase({ migrate: true });
  });

  afterAll(() => database.close());

  it("keeps the counts a flush could not store and adds them with the next one", async () => {
    const logged: string[] = [];
    const counting = instance(database.url, (line) => logged.push(line));
    showPage(counting, "/voices/ana?utm_source=whatsapp");
    showPage(counting, "/voices/ana?utm_source=whatsapp");
    showPage(counting, "/volunteer/interpreter", `${SITE}/voices/ana?utm_source=whatsapp`);

    await database.proxy.cut();
    await counting.flush();
    expect(logged).toEqual([expect.stringMatching(/^Page counts not added, kept for the next flush: /)]);
    // Nothing about the visits in the log: no page, channel, agent or address.
    expect(logged.join("\n")).not.toMatch(/voices|whatsapp|interpreter|Chrome|Mozilla/);
    // A second failure in a row says nothing more.
    await counting.flush();
    expect(logged).toHaveLength(1);

    showPage(counting, "/voices/ana?utm_source=whatsapp");
    await database.proxy.start();
    expect(await countsIn(database.db)).toEqual([]);

    await counting.flush();
    const row = { day: "2026-12-08", campaign: "" };
    expect(await countsIn(database.db)).toEqual([
      { ...row, kind: "form_open", page: "/voices/ana", source: "whatsapp", role: "interpreter", count: 1 },
      { ...row, kind: "view", page: "/voices/ana", source: "whatsapp", role: "", count: 3 },
      { ...row, kind: "view", page: "/volunteer/interpreter", source: "", role: "", count: 1 },
    ]);
    expect(logged[1]).toMatch(/^Page counts: added again/);
    await counting.stop();
  });
});
