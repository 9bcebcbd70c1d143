import { describe, expect, it } from "vitest";
import { readCsv } from "../../tests/support/csv";
import { sampleFields, toEntries } from "../../tests/support/signup-samples";
import { getStaffMessages } from "../messages";
import { formDataToValues } from "../signup/form-data";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";
import type { Completion } from "../onboarding/readiness";
import { csvStream, exportLayout, exportRecord, type ExportRecord } from "./signup-csv";

const all = getStaffMessages();
const messages = {
  // The organization's zone: March 1, 12:34 UTC is 5:34 AM in Denver (MST).
  timeZone: "America/Denver",
  forms: all.forms,
  columns: all.admin.export.columns,
  answerColumns: all.admin.export.answerColumns,
  roles: all.admin.signupList.roles,
  statuses: all.admin.signupList.statuses,
  onboarding: {
    ...all.admin.export,
    readiness: all.admin.export.columns.readiness,
    titles: all.onboarding.steps,
  },
  today: "2026-03-10",
};
const COLUMNS = [
  { key: "name", header: "Name" },
  { key: "count", header: "Count" },
];

async function* batches(...list: ExportRecord[][]) {
  yield* list;
}

const bytesOf = async (stream: ReadableStream<Uint8Array>) =>
  new Uint8Array(await new Response(stream).arrayBuffer());
/** The stream's text, BOM included. */
const textOf = async (stream: ReadableStream<Uint8Array>) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await bytesOf(stream));

async function csvOf(records: ExportRecord[], columns = COLUMNS) {
  return readCsv(await bytesOf(csvStream(batches(records), columns)));
}

describe("the CSV", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["  =1+1", "'=1+1"],
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ["+15055550142", "'+15055550142"],
    ["   +1", "'+1"],
    ["-2+3", "'-2+3"],
    [" -2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["  @SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'=1+1"],
    [" \t=1+1", "'=1+1"],
    ["\tplain", "plain"],
    ["\r=1+1", "'=1+1"],
    ["  \r\n@cmd", "'@cmd"],
    ["\u3000=1+1", "'=1+1"],
    ["\uff1d1+1", "'\uff1d1+1"],
    ["a=b", "a=b"],
    ["Zoë Nuñez 李", "Zoë Nuñez 李"],
    ["line one\n=two", "line one\n=two"],
  ])("writes %j as %j", async (value, expected) => {
    const { rows } = await csvOf([[value, 1]]);
    expect(rows).toEqual([
      ["Name", "Count"],
      [expected, "1"],
    ]);
  });

  it("keeps numbers as numbers, a negative one too, and starts with a UTF-8 BOM", async () => {
    const { hasBom, rows } = await csvOf([
      ["Zoë Nuñez 李", -42],
      ["", 0],
    ]);
    expect(hasBom).toBe(true);
    expect(rows).toEqual([
      ["Name", "Count"],
      ["Zoë Nuñez 李", "-42"],
      ["", "0"],
    ]);
  });

  it("quotes commas, quotes and line breaks, with CRLF between records, across batches", async () => {
    const stream = csvStream(batches([['Wilcox, "Myers"\nJones', 3]], [["b", 4]]), COLUMNS);
    expect(await textOf(stream)).toBe('\uFEFFName,Count\r\n"Wilcox, ""Myers""\nJones",3\r\nb,4\r\n');
  });

  it("is a BOM and the header when there are no rows", async () => {
    expect(await textOf(csvStream(batches(), COLUMNS))).toBe("\uFEFFName,Count\r\n");
  });

  it("fails the stream when reading the rows fails", async () => {
    async function* failing() {
      yield [["a", 1]];
      throw new Error("database went away");
    }
    await expect(textOf(csvStream(failing(), COLUMNS))).rejects.toThrow("database went away");
  });

  it("stops reading when the reader cancels", async () => {
    let isStopped = false;
    async function* endless() {
      try {
        for (;;) yield [["a", 1]];
      } finally {
        isStopped = true;
      }
    }
    const reader = csvStream(endless(), COLUMNS).getReader();
    await reader.read();
    await reader.cancel();
    expect(isStopped).toBe(true);
  });
});

describe("the columns", () => {
  const headers = (roles: Role[]) => exportLayout(roles, messages).columns.map((column) => column.header);

  it("are the fixed ones and one per answer, in the form's order", () => {
    expect(headers(["medical"])).toEqual([
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
      "Phone",
      "City",
      "State",
      "Profession",
      "Profession (other)",
      "Specialty",
      "Licence level",
      "Licence state",
      "Licence number",
      "Evaluations",
      "Istanbul training",
      "Evaluations done",
      "Settings",
      "Evaluations/year",
      "Languages",
      "Hours/month",
      "How they help",
      "Heard of us",
      "Anything else",
      "Consent: contact",
      "Consent: privacy",
      "Readiness",
      "Done: Asylum evaluation training (Istanbul Protocol)",
      "Done: Licence verified",
      "Done: Sample affidavit reviewed",
    ]);
  });

  it("merge several roles' questions, each question once, where the roles ask it", () => {
    const merged = headers(["attorney", "medical", "interpreter"]);
    expect(merged.slice(8, 15)).toEqual([
      "First name",
      "Last name",
      "Email",
      "Phone",
      "City",
      "State",
      "Attorney status",
    ]);
    const answers = merged.slice(0, -13);
    expect(merged.slice(-13)).toEqual([
      "Readiness",
      "Done: Orientation training",
      "Done: Malpractice coverage confirmed",
      "Done: EOIR eRegistry number recorded",
      "Done: Mentor assigned",
      "Done: Conflict check done",
      "Done: Asylum evaluation training (Istanbul Protocol)",
      "Done: Licence verified",
      "Done: Sample affidavit reviewed",
      "Done: Interpreter orientation training",
      "Done: Confidentiality pledge signed",
      "Done: Language pair assessed: every pair",
      "Done: Court certification verified",
    ]);
    expect(answers.slice(-14)).toEqual([
      "Evaluations/year",
      "Languages",
      "Services",
      "Certifications",
      "Certification (other)",
      "Languages (interpreting)",
      "Language pairs",
      "Hours/month",
      "How they help",
      "Heard of us",
      "Anything else",
      "Consent: contact",
      "Consent: privacy",
      "Confidentiality pledge",
    ]);
    expect(merged).toHaveLength(63);
    expect(
      new Set(exportLayout(["attorney", "medical", "interpreter"], messages).columns.map((c) => c.key)).size,
    ).toBe(63);
  });
});

describe("a signup's record", () => {
  const answersOf = (role: Role, overrides = {}) =>
    signupForm(role).schema.parse(
      formDataToValues(toEntries({ ...sampleFields(role), ...overrides })),
    ) as Record<string, unknown>;

  it("has every answer in words, groups on one cell, numbers as numbers, empty when unanswered", async () => {
    const layout = exportLayout(["attorney", "interpreter"], messages);
    const attorney = exportRecord(
      {
        id: "0b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a",
        role: "attorney",
        status: "contacted",
        createdAt: new Date("2026-03-01T12:34:56.789Z"),
        statusChanged: "2026-03-04 09:15:00",
        assigneeName: "Rosa Staff",
        notes: 2,
        lastNote: "2026-03-05",
        answers: answersOf("attorney", { courts: "", firstName: "Zoë" }),
        steps: [],
      },
      layout,
      messages,
    );
    const interpreter = exportRecord(
      {
        id: "1b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a",
        role: "interpreter",
        status: "new",
        createdAt: new Date("2026-03-02T00:00:00.000Z"),
        statusChanged: null,
        assigneeName: null,
        notes: 0,
        lastNote: null,
        answers: answersOf("interpreter"),
        steps: [],
      },
      layout,
      messages,
    );
    const { rows } = await csvOf([attorney, interpreter], layout.columns);
    const [header, a, i] = rows as [string[], string[], string[]];
    const cell = (row: string[], label: string) => row[header.indexOf(label)];
    expect(a.slice(0, 10)).toEqual([
      "0b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a",
      "Attorney",
      "Contacted",
      "2026-03-04 09:15:00",
      "Rosa Staff",
      "2",
      "2026-03-05",
      "2026-03-01 05:34:56",
      "Zoë",
      "O'Connor-Pérez",
    ]);
    expect(cell(a, "Bar admissions")).toBe(
      "Jurisdiction: New Mexico; Bar number: NM-12345; Year admitted: 2015",
    );
    expect(cell(a, "Case types")).toBe(
      "Defensive asylum and removal defense, SIJS and other children’s cases",
    );
    expect(cell(a, "Languages")).toBe("Spanish: fluent");
    expect(cell(i, "Languages (interpreting)")).toBe(
      "K'iche' (Nahualá): native speaking, conversational writing\nSpanish: fluent speaking, fluent writing",
    );
    expect(cell(a, "Courts")).toBe("");
    expect(cell(a, "Good standing")).toBe("Yes");
    expect(cell(a, "Phone")).toBe("+1 (505) 555-0142");
    expect(cell(a, "Anything else")).toBe("I can start next month.\nWeekends work best.");
    expect(cell(a, "Services")).toBe("");
    expect(cell(i, "Assignee")).toBe("");
    expect([
      cell(i, "Status changed (America/Denver)"),
      cell(i, "Notes"),
      cell(i, "Last note (America/Denver)"),
    ]).toEqual(["", "0", ""]);
    expect(cell(i, "Attorney status")).toBe("");
    expect(cell(i, "Language pairs")).toBe(
      "Language: K'iche'; Other language: Spanish; Directions you work in: From the first language into the other, From the other language into the first\n" +
        "Language: Spanish; Other language: English; Directions you work in: From the first language into the other",
    );
    const valueOf = (label: string) => attorney[header.indexOf(label)];
    expect(valueOf("Cases/year")).toBe(3);
    expect(valueOf("Years in practice")).toBe(9);
    expect(valueOf("Hours/month")).toBe(10);
    expect(valueOf("Notes")).toBe(2);
  });
});

describe("a signup's onboarding cells", () => {
  const layout = exportLayout(["attorney", "interpreter"], messages);
  const row = (role: Role, answers: Record<string, unknown>, steps: Completion[]) => {
    const record = exportRecord(
      {
        id: "x",
        role,
        status: "onboarding",
        createdAt: new Date(),
        statusChanged: null,
        assigneeName: null,
        notes: 0,
        lastNote: null,
        answers,
        steps,
      },
      layout,
      messages,
    );
    return Object.fromEntries(
      layout.columns.flatMap((column, at) =>
        column.key === "readiness" || column.key.startsWith("step:") ? [[column.header, record[at]]] : [],
      ),
    );
  };
  const done = (stepKey: string, completedOn: string, instance = "", expiresOn: string | null = null) => ({
    stepKey,
    instance,
    completedOn,
    expiresOn,
  });
  const pairs = [
    { languageA: "Mam", languageB: "Spanish" },
    { languageA: "Spanish", languageB: "English" },
  ];

  it("counts the steps left and gives each step done its day, a pair's step once every pair is", () => {
    expect(
      row("interpreter", { pairs, certifications: ["court_state"] }, [
        done("confidentialityPledge", "2026-03-02"),
        done("languagePairAssessed", "2026-03-03", "mam ↔ spanish"),
        done("courtCertificationVerified", "2026-03-04", "", "2026-03-09"),
      ]),
    ).toMatchObject({
      // The orientation, a pair not assessed, the certification expired.
      Readiness: "3 steps left",
      "Done: Confidentiality pledge signed": "2026-03-02",
      "Done: Language pair assessed: every pair": "",
      // Expired the day before the export: open again.
      "Done: Court certification verified": "",
      "Done: Orientation training": "",
    });
    expect(
      row("interpreter", { pairs }, [
        done("interpreterOrientation", "2026-03-01"),
        done("confidentialityPledge", "2026-03-02"),
        done("languagePairAssessed", "2026-03-05", "mam ↔ spanish"),
        done("languagePairAssessed", "2026-03-03", "spanish ↔ english"),
      ]),
    ).toMatchObject({
      Readiness: "ready",
      "Done: Language pair assessed: every pair": "2026-03-05",
      "Done: Court certification verified": "",
    });
  });

  it("shows no step's text, and a step done though not needed keeps its day", () => {
    const cells = row("attorney", { wantsMentor: "no" }, [done("mentorAssigned", "2026-03-01")]);
    expect(cells).toMatchObject({ Readiness: "4 steps left", "Done: Mentor assigned": "2026-03-01" });
  });
});

describe("the short column names", () => {
  it("each name a question the forms ask", () => {
    const labels = new Set(
      (["attorney", "medical", "interpreter"] as const).flatMap((role) =>
        Object.values(signupForm(role).questions).map((question) => question.label as string),
      ),
    );
    expect(Object.keys(all.admin.export.answerColumns).filter((label) => !labels.has(label))).toEqual([]);
  });
});
