import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { parseCsv } from "../../tests/support/csv";
import { reportCsv } from "./report-csv";
import { MAX_ROWS, tableOf, zeroCounts, type RecruitmentReport, type ReportRow } from "./report-tables";

const words = { recruitment: en.admin.recruitment, roles: en.admin.signupList.roles };
const PERIOD = { preset: "range" as const, from: "2026-03-01", to: "2026-03-03", days: 3 };

function row(key: string, label: string, counts: Partial<ReturnType<typeof zeroCounts>>): ReportRow {
  return { ...zeroCounts(3), ...counts, key, label };
}

describe("a report's tables", () => {
  it("put most signups first, then most views, and add every row into the total", () => {
    const table = tableOf(
      [
        row("b", "B", { views: 50, signups: 1, daily: [10, 20, 20] }),
        row("a", "A", { views: 9, signups: 3, daily: [0, 9, 0] }),
        row("c", "C", { views: 70, daily: [70, 0, 0] }),
      ],
      3,
      () => "others",
    );
    expect(table.rows.map((r) => r.key)).toEqual(["a", "b", "c"]);
    expect(table.total).toMatchObject({ views: 129, signups: 4, daily: [80, 29, 20] });
  });

  it("fold the rows past the most shown into one", () => {
    const rows = Array.from({ length: MAX_ROWS + 5 }, (_, i) =>
      row(`c${i}`, `C${String(i).padStart(3, "0")}`, { views: 1000 - i }),
    );
    const table = tableOf(rows, 3, (count) => `${count} others`);
    expect(table.rows).toHaveLength(MAX_ROWS);
    expect(table.rows.at(-1)).toMatchObject({
      key: null,
      label: "6 others",
      views: 6 * 1000 - (99 + 100 + 101 + 102 + 103 + 104),
    });
    expect(table.total.views).toBe(rows.reduce((sum, r) => sum + r.views, 0));
  });
});

describe("the report's CSV", () => {
  const pages = tableOf(
    [
      row("/voices/paul-cash", "Paul Cash", {
        views: 120,
        formOpens: 30,
        signups: 6,
        byRole: { attorney: 4, medical: 0, interpreter: 2 },
        byLocale: { en: 5, es: 1 },
        ready: 2,
      }),
      row("/", 'The story, with "quotes", and a comma', { views: 3, formOpens: 0 }),
    ],
    3,
    () => "",
  );
  const empty = tableOf([], 3, () => "");
  const report: RecruitmentReport = {
    period: PERIOD,
    hasCounts: true,
    tables: { pages, sources: empty, campaigns: empty },
  };
  const [header, ...records] = parseCsv(reportCsv(report, words).replace(/^\uFEFF/, ""));

  it("has a header naming every column", () => {
    expect(header).toEqual([
      "Table",
      "Row",
      "Counted as",
      "Views",
      "Form opens",
      "Signups",
      "Signups: Attorney",
      "Signups: Medical professional",
      "Signups: Translator/interpreter",
      "Signups: English",
      "Signups: Spanish",
      "Ready now",
      "Opens / views (blank when a count is below 5)",
      "Signups / opens (blank when a count is below 5)",
      "Signups / views (blank when a count is below 5)",
    ]);
  });

  it("writes every count below 5 as <5, and a rate only from counts of 5 or more", () => {
    expect(records[0]).toEqual([
      "By page",
      "Paul Cash",
      "/voices/paul-cash",
      "120",
      "30",
      "6",
      "<5",
      "<5",
      "<5",
      "5",
      "<5",
      "<5",
      "25%",
      "20%",
      "5%",
    ]);
    expect(records[1]).toEqual([
      "By page",
      'The story, with "quotes", and a comma',
      "/",
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
      "",
      "—",
      "",
    ]);
  });

  it("gives each table its total, an empty table's too", () => {
    expect(records.map((r) => `${r[0]}|${r[1]}`)).toEqual([
      "By page|Paul Cash",
      'By page|The story, with "quotes", and a comma',
      "By page|All",
      "By channel|All",
      "By campaign|All",
    ]);
    expect(records[2]!.slice(3, 6)).toEqual(["123", "30", "6"]);
  });
});
