import { describe, expect, it } from "vitest";
import { readCsv } from "../../tests/support/csv";
import { sampleFields, toEntries } from "../../tests/support/signup-samples";
import { getStaffMessages } from "../messages";
import { formDataToValues } from "../signup/form-data";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";
import { csvStream, exportLayout, exportRecord, type ExportRecord } from "./signup-csv";

const all = getStaffMessages();
const messages = {
  // The organization's zone: March 1, 12:34 UTC is 5:34 AM in Denver (MST).
  timeZone: "America/Denver",
  forms: all.forms,
  columns: all.admin.export.columns,
  roles: all.admin.signupList.roles,
  statuses: all.admin.signupList.statuses,
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
      "Signed up (America/Denver)",
      "Assignee",
      "First name",
      "Last name",
      "Email",
      "Phone",
      "City",
      "State",
      "Profession",
      "Your profession, if other",
      "Specialty",
      "Licence level",
      "Licence state",
      "Licence number",
      "Evaluations you can do",
      "Istanbul Protocol or asylum-medicine training",
      "Asylum evaluations done so far",
      "Where you can evaluate",
      "Evaluations you could do per year",
      "Languages you speak",
      "Hours per month you can give",
      "How you can help",
      "How did you hear about us?",
      "Anything else you would like us to know",
      "I agree to be contacted about volunteering.",
      "I have read the privacy notice.",
    ]);
  });

  it("merge several roles' questions, each question once, where the roles ask it", () => {
    const merged = headers(["attorney", "medical", "interpreter"]);
    expect(merged.slice(5, 12)).toEqual([
      "First name",
      "Last name",
      "Email",
      "Phone",
      "City",
      "State",
      "I am a",
    ]);
    expect(merged.slice(-14)).toEqual([
      "Evaluations you could do per year",
      "Languages you speak",
      "Services you offer",
      "Certifications",
      "Other certification",
      "Your languages",
      "Language pairs you work in",
      "Hours per month you can give",
      "How you can help",
      "How did you hear about us?",
      "Anything else you would like us to know",
      "I agree to be contacted about volunteering.",
      "I have read the privacy notice.",
      "I will keep everything I learn about clients and their cases confidential.",
    ]);
    expect(merged).toHaveLength(47);
    expect(
      new Set(exportLayout(["attorney", "medical", "interpreter"], messages).columns.map((c) => c.key)).size,
    ).toBe(47);
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
        assigneeName: "Rosa Staff",
        answers: answersOf("attorney", { courts: "", firstName: "Zoë" }),
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
        assigneeName: null,
        answers: answersOf("interpreter"),
      },
      layout,
      messages,
    );
    const { rows } = await csvOf([attorney, interpreter], layout.columns);
    const [header, a, i] = rows as [string[], string[], string[]];
    const cell = (row: string[], label: string) => row[header.indexOf(label)];
    expect(a.slice(0, 7)).toEqual([
      "0b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a",
      "Attorney",
      "Contacted",
      "2026-03-01 05:34:56",
      "Rosa Staff",
      "Zoë",
      "O'Connor-Pérez",
    ]);
    expect(cell(a, "Bar admissions")).toBe(
      "Jurisdiction: New Mexico; Bar number: NM-12345; Year admitted: 2015",
    );
    expect(cell(a, "Case types you are interested in")).toBe(
      "Defensive asylum and removal defense, SIJS and other children’s cases",
    );
    expect(cell(a, "Languages you speak")).toBe("Language: Spanish; Proficiency: Fluent");
    expect(cell(a, "Immigration courts you can appear in")).toBe("");
    expect(cell(a, "I am in good standing in every jurisdiction where I am admitted.")).toBe("Yes");
    expect(cell(a, "Phone")).toBe("'+1 (505) 555-0142");
    expect(cell(a, "Anything else you would like us to know")).toBe(
      "I can start next month.\nWeekends work best.",
    );
    expect(cell(a, "Services you offer")).toBe("");
    expect(cell(i, "Assignee")).toBe("");
    expect(cell(i, "I am a")).toBe("");
    expect(cell(i, "Language pairs you work in")).toBe(
      "Language: K'iche'; Other language: Spanish; Directions you work in: From the first language into the other, From the other language into the first\n" +
        "Language: Spanish; Other language: English; Directions you work in: From the first language into the other",
    );
    const valueOf = (label: string) => attorney[header.indexOf(label)];
    expect(valueOf("Cases you could take per year")).toBe(3);
    expect(valueOf("Years in practice")).toBe(9);
    expect(valueOf("Hours per month you can give")).toBe(10);
  });
});
