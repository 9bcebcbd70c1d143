import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "../../lib/admin/dashboard";
import { listSignups, PAGE_SIZE } from "../../lib/admin/signup-list";
import { parseSignupView } from "../../lib/admin/signup-view";
import { addDays, localDay } from "../../lib/time/zoned";
import type { StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { seedSignup, signedInStaff, signupRow } from "../support/list-signups";
import { staffAuthDatabase } from "../support/staff-auth";

const current = staffAuthDatabase();
let db: Db;
let reviewer: StaffContext;
let colleague: StaffContext;
/** The March signups, by letter. */
const id: Record<string, string> = {};
const march = (day: number) => new Date(`2026-03-${String(day).padStart(2, "0")}T12:00:00.000Z`);
const MARCH = "from=2026-03-01&to=2026-03-31";
const NOW = new Date("2026-11-28T09:00:00.000Z");

const view = (query: string) => parseSignupView(new URLSearchParams(query));
const found = async (query: string, as = reviewer) =>
  (await listSignups(db, as, view(query))).rows.map((row) => row.id).sort();
const letters = (...names: string[]) => names.map((name) => id[name]!).sort();

async function email(
  signupId: string,
  kind: "volunteer_confirmation" | "staff_notification",
  status: "sent" | "failed",
  at: Date,
) {
  await db.emailDelivery.create({
    data: {
      signupId,
      kind,
      status,
      recipient: "x@example.com",
      messageId: `<${randomUUID()}@test>`,
      createdAt: at,
    },
  });
}

beforeAll(async () => {
  ({ db } = current());
  const { deps } = current();
  reviewer = await signedInStaff(deps, "reviewer@example.org");
  colleague = await signedInStaff(deps, "colleague@example.org");
  const people = {
    A: {
      role: "attorney" as const,
      createdAt: march(1),
      fields: {
        firstName: "Zoë",
        lastName: "Nuñez 李",
        email: "zoe@example.com",
        phone: "+1 (505) 555-0142",
        caseTypes: ["defensive_asylum"],
      },
    },
    B: {
      role: "attorney" as const,
      createdAt: march(5),
      status: "contacted" as const,
      assigneeId: reviewer.userId,
      fields: {
        firstName: "Ben",
        lastName: "Okafor",
        email: "ben.okafor@example.net",
        phone: "505 867 5309",
        organization: "100% Pro Bono_Firm",
        caseTypes: ["vawa"],
        availability: ["in_person"],
        "languages.0.name": "Mam",
      },
    },
    C: {
      role: "medical" as const,
      createdAt: march(10),
      assigneeId: colleague.userId,
      fields: {
        firstName: "Carla",
        lastName: "Reyes",
        email: "carla@example.com",
        phone: "212-555-0100",
        availability: ["detention"],
      },
    },
    D: {
      role: "medical" as const,
      createdAt: march(15),
      status: "active" as const,
      fields: {
        firstName: "Dana",
        lastName: "Reyes",
        email: "dana@example.com",
        phone: "",
        licenceLevel: "full",
        evaluationTypes: ["forensic_physical"],
        availability: ["remote"],
      },
    },
    E: {
      role: "interpreter" as const,
      createdAt: march(20),
      fields: { firstName: "Eli", lastName: "Tum", email: "eli@example.com", phone: "617 555 0199" },
    },
    F: {
      role: "interpreter" as const,
      createdAt: march(25),
      status: "declined" as const,
      anonymizedAt: march(26),
      fields: {
        firstName: "Fernanda",
        lastName: "Gone",
        email: "fernanda@example.com",
        phone: "",
        services: ["document_translation"],
      },
    },
    G: {
      role: "attorney" as const,
      createdAt: march(30),
      status: "onboarding" as const,
      fields: {
        firstName: "Gus",
        lastName: "Ortiz",
        email: "gus@example.com",
        phone: "",
        organization: "Legal Aid",
        caseTypes: ["appeals"],
        availability: ["in_person", "remote"],
      },
    },
    // This week's, outside March.
    H: {
      role: "attorney" as const,
      createdAt: new Date(NOW.getTime() - 24 * 3600 * 1000),
      fields: { firstName: "Hana", lastName: "Ito", email: "hana@example.com" },
    },
  };
  for (const [letter, person] of Object.entries(people)) id[letter] = await seedSignup(db, person);
  // E's confirmation failed; C's staff notification failed although its confirmation went out;
  // G's failed and a resend went out after it.
  await email(id.E!, "volunteer_confirmation", "failed", march(20));
  await email(id.C!, "staff_notification", "failed", march(10));
  await email(id.C!, "volunteer_confirmation", "sent", march(11));
  await email(id.G!, "volunteer_confirmation", "failed", march(30));
  await email(id.G!, "volunteer_confirmation", "sent", march(31));
  // 130 more, for paging: ten at each instant, so only the id tells them apart.
  await db.signup.createMany({
    data: Array.from({ length: 130 }, (_, i) =>
      signupRow({
        role: "interpreter",
        n: i,
        status: "inactive",
        createdAt: new Date(Date.UTC(2025, 5, 1 + Math.floor(i / 10))),
        fields: { firstName: "Page", lastName: `Row ${i}`, email: `page.${i}@example.com` },
      }),
    ),
  });
});

describe("filters", () => {
  it.each([
    ["", "ABCDEFG"],
    ["role=attorney", "ABG"],
    ["status=new", "ACE"],
    ["language=mam", "B"],
    ["language=SPANISH", "ACDEFG"],
    ["language=k'iche'", "EF"],
    ["type=defensive_asylum", "A"],
    ["type=psychological", "C"],
    ["type=consecutive", "E"],
    ["setting=in_person", "BG"],
    ["setting=detention", "ACEF"],
    ["supervision=yes", "C"],
    ["supervision=no", "ABDEFG"],
    ["assignee=me", "B"],
    ["assignee=none", "ADEFG"],
    ["email=failed", "CE"],
    ["role=attorney&setting=in_person", "BG"],
    ["role=medical&status=new&language=spanish", "C"],
  ])("%s finds %s", async (query, expected) => {
    expect(await found(`${MARCH}&${query}`)).toEqual(letters(...expected));
  });

  it("takes a staff member's id as the assignee, and 'me' is whoever asks", async () => {
    expect(await found(`${MARCH}&assignee=${colleague.userId}`)).toEqual(letters("C"));
    expect(await found(`${MARCH}&assignee=me`, colleague)).toEqual(letters("C"));
  });

  it("reads the dates as whole days, both ends included", async () => {
    expect(await found("from=2026-03-10&to=2026-03-15")).toEqual(letters("C", "D"));
    expect(await found("from=2026-03-30")).toEqual(letters("G", "H"));
    expect(await found("to=2026-03-01&role=attorney")).toEqual(letters("A"));
  });

  it("reads the dates as the organization's days: 9 PM in Denver on the 15th is the 15th, not UTC's 16th", async () => {
    await db.signup.update({
      where: { id: id.D! },
      data: { createdAt: new Date("2026-03-16T03:00:00.000Z") }, // 9:00 PM MDT on 15 March
    });
    try {
      expect(await found("from=2026-03-15&to=2026-03-15")).toEqual(letters("D"));
      expect(await found("from=2026-03-16&to=2026-03-19")).toEqual([]);
    } finally {
      await db.signup.update({ where: { id: id.D! }, data: { createdAt: march(15) } });
    }
  });

  it("lists an anonymised signup as anonymised, without its name", async () => {
    const { rows } = await listSignups(db, reviewer, view(`${MARCH}&status=declined`));
    expect(rows).toEqual([
      expect.objectContaining({ id: id.F, name: null, role: "interpreter", status: "declined" }),
    ]);
    const { rows: named } = await listSignups(db, reviewer, view(`${MARCH}&assignee=me`));
    expect(named[0]).toMatchObject({
      name: "Ben Okafor",
      languages: ["mam"],
      assigneeName: "reviewer@example.org",
    });
  });
});

describe("search", () => {
  it.each([
    ["zoë", "A"],
    ["ZOË nuñez", "A"],
    ["李", "A"],
    ["reyes", "CD"],
    ["Reyes carla", "C"],
    ["carla dana", ""],
    ["505-555", "A"],
    ["(505) 867-5309", "B"],
    ["8675309", "B"],
    ["ben.okafor@", "B"],
    ["EXAMPLE.NET", "B"],
    ["pro bono", "B"],
    ["legal", "G"],
    ["%", "B"],
    ["o_f", "B"],
    ["a_d", ""],
  ])("%j finds %s", async (q, expected) => {
    expect(await found(`${MARCH}&q=${encodeURIComponent(q)}`)).toEqual(letters(...expected));
  });
});

describe("counts per status", () => {
  it("count the other filters' rows, whatever status is chosen", async () => {
    const expected = { new: 3, contacted: 1, onboarding: 1, active: 1, inactive: 0, declined: 1 };
    expect((await listSignups(db, reviewer, view(MARCH))).counts).toEqual(expected);
    expect((await listSignups(db, reviewer, view(`${MARCH}&status=active`))).counts).toEqual(expected);
    expect((await listSignups(db, reviewer, view(`${MARCH}&role=attorney&status=new`))).counts).toEqual({
      new: 1,
      contacted: 1,
      onboarding: 1,
      active: 0,
      inactive: 0,
      declined: 0,
    });
  });
});

describe("keyset pages", () => {
  async function everyId(order: "desc" | "asc") {
    const rows = await db.signup.findMany({
      orderBy: [{ createdAt: order }, { id: order }],
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  async function walk(query: string) {
    const pages: string[][] = [];
    let next: string | undefined;
    let previous: string | undefined;
    let page = await listSignups(db, reviewer, view(query));
    expect(page.previous).toBeUndefined();
    for (;;) {
      pages.push(page.rows.map((row) => row.id));
      if (!page.next) break;
      next = page.next;
      page = await listSignups(db, reviewer, view(`${query}&cursor=${next}`));
    }
    // And back from the last page, by the previous links.
    const back: string[][] = [];
    previous = page.previous;
    back.unshift(page.rows.map((row) => row.id));
    while (previous) {
      page = await listSignups(db, reviewer, view(`${query}&cursor=${previous}`));
      back.unshift(page.rows.map((row) => row.id));
      previous = page.previous;
      expect(page.next).toBeDefined();
    }
    return { pages, back };
  }

  it.each([
    ["newest", "", "desc"],
    ["oldest", "sort=oldest", "asc"],
  ] as const)("give every row once, %s first, forwards and back", async (_name, query, order) => {
    const all = await everyId(order);
    expect(all).toHaveLength(138);
    const { pages, back } = await walk(query);
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 38]);
    expect(pages.flat()).toEqual(all);
    expect(back).toEqual(pages);
  });

  it("page within a filter", async () => {
    const { pages } = await walk("status=inactive");
    expect(pages.map((p) => p.length)).toEqual([50, 50, 30]);
    expect(new Set(pages.flat()).size).toBe(130);
  });

  it("answer a cursor past the end with an empty page", async () => {
    const page = await listSignups(
      db,
      reviewer,
      view(`cursor=${btoa(`a|0|0|${randomUUID()}`).replace(/=+$/, "")}`),
    );
    expect(page.rows).toEqual([]);
    expect(page.next).toBeUndefined();
  });
});

describe("the dashboard", () => {
  it("counts by role and status, this week's, the oldest new, and failed emails not since sent", async () => {
    const dashboard = await getDashboard(db, reviewer, NOW);
    expect(dashboard.counts).toEqual({
      attorney: { new: 2, contacted: 1, onboarding: 1, active: 0, inactive: 0, declined: 0 },
      medical: { new: 1, contacted: 0, onboarding: 0, active: 1, inactive: 0, declined: 0 },
      interpreter: { new: 1, contacted: 0, onboarding: 0, active: 0, inactive: 130, declined: 1 },
    });
    expect(dashboard.weekFrom).toBe("2026-11-22");
    expect(dashboard.newThisWeek).toBe(1);
    expect(dashboard.oldestNew).toEqual({
      id: id.A,
      role: "attorney",
      name: "Zoë Nuñez 李",
      createdAt: march(1),
    });
    expect(dashboard.failedEmails).toBe(2);
  });

  it("gives each coordinator their day, each count with the list view of exactly those signups", async () => {
    const now = new Date();
    const today = localDay(now, "America/Denver");
    // A's follow-up is today, G's was last week, B's is tomorrow.
    for (const [letter, day] of [
      ["A", today],
      ["G", addDays(today, -7)],
      ["B", addDays(today, 1)],
    ] as const) {
      await db.signup.update({
        where: { id: id[letter]! },
        data: { followUpOn: new Date(`${day}T00:00:00Z`) },
      });
    }
    try {
      const { myDay } = await getDashboard(db, colleague, now, {
        timeZone: "America/Denver",
        promiseDays: 14,
      });
      const listed = async (query: string) => found(query.slice(1), colleague);
      expect(myDay.mine.count).toBe(1);
      expect(await listed(myDay.mine.query)).toEqual(letters("C"));
      // New and older than 14 days: the March ones, not H (yesterday's).
      expect(myDay.pastPromise.count).toBe(3);
      expect(await listed(myDay.pastPromise.query)).toEqual(letters("A", "C", "E"));
      expect(myDay.followUpsDue.count).toBe(2);
      expect(await listed(myDay.followUpsDue.query)).toEqual(letters("A", "G"));
      // Another reviewer's "mine" is theirs.
      const theirs = (await getDashboard(db, reviewer, now)).myDay.mine;
      expect(await found(theirs.query.slice(1), reviewer)).toHaveLength(theirs.count);
      expect(await found(theirs.query.slice(1), reviewer)).not.toContain(id.C);
    } finally {
      await db.signup.updateMany({ data: { followUpOn: null } });
    }
  });
});
