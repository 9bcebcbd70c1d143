import { Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import type { Messages } from "../messages/en";
import { listAnswers } from "../signup/answer-list";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";

// The export's columns and cells, and the CSV they stream as. Answer columns come from the
// form definitions (labels from the catalog), so a new question is a new column by itself.

export type ExportColumn = { key: string; header: string };
export type Cell = string | number;
export type ExportRecord = Record<string, Cell>;

export type ExportSignup = {
  id: string;
  role: Role;
  status: string;
  createdAt: Date;
  assigneeName: string | null;
  answers: Record<string, unknown>;
};

type ExportMessages = {
  forms: Messages["forms"];
  columns: Messages["admin"]["export"]["columns"];
  roles: Messages["admin"]["signupList"]["roles"];
  statuses: Messages["admin"]["signupList"]["statuses"];
};

const FIXED = ["id", "role", "status", "created", "assignee"] as const;

/** Two roles' questions are one column when they share the name and the label. */
const answerKey = (name: string, label: string) => `answer:${name}:${label}`;

/**
 * The columns for these roles: the fixed ones, then each role's questions in its form's
 * order, merged so a question several roles ask is one column where they ask it.
 */
export function exportColumns(roles: readonly Role[], messages: ExportMessages): ExportColumn[] {
  const keys: string[] = [];
  const headers = new Map<string, string>();
  for (const role of roles) {
    const questions = Object.entries(signupForm(role).questions);
    questions.forEach(([name, question], index) => {
      const key = answerKey(name, question.label);
      if (headers.has(key)) return;
      headers.set(key, messages.forms.questions[question.label].label);
      // Before the next of this role's questions already placed, or at the end.
      const following = questions
        .slice(index + 1)
        .map(([n, q]) => keys.indexOf(answerKey(n, q.label)))
        .find((at) => at >= 0);
      keys.splice(following ?? keys.length, 0, key);
    });
  }
  return [
    ...FIXED.map((key) => ({ key, header: messages.columns[key] })),
    ...keys.map((key) => ({ key, header: headers.get(key)! })),
  ];
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

/** A signup as one CSV record: answers in words as the admin shows them, numbers as numbers. */
export function exportRecord(signup: ExportSignup, messages: ExportMessages): ExportRecord {
  const form = signupForm(signup.role);
  const lines = new Map(
    listAnswers(form, signup.answers, messages.forms).map((line) => [line.name, line.value]),
  );
  const record: ExportRecord = {
    id: signup.id,
    role: messages.roles[signup.role],
    status: messages.statuses[signup.status as keyof ExportMessages["statuses"]] ?? signup.status,
    created: signup.createdAt.toISOString().slice(0, 19).replace("T", " "),
    assignee: signup.assigneeName ?? "",
  };
  for (const [name, question] of Object.entries(form.questions)) {
    const value = signup.answers[name];
    record[answerKey(name, question.label)] = isEmpty(value)
      ? ""
      : question.kind === "number" && typeof value === "number"
        ? value
        : (lines.get(name) ?? "");
  }
  return record;
}

/** Leading whitespace hides a formula from escape_formulas (" =1+1"), so it goes first. */
export function trimCells(record: ExportRecord): ExportRecord {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      typeof value === "string" ? value.trimStart() : value,
    ]),
  );
}

/**
 * Records to UTF-8 CSV with a BOM (spreadsheets then read non-ASCII names right), a header
 * row, and formulas neutralised: a cell starting with = + - @ tab or CR gets a leading '.
 * Streams: records are read only as fast as the reader takes the CSV.
 */
export function csvStream(
  records: AsyncIterable<ExportRecord> | Iterable<ExportRecord>,
  columns: ExportColumn[],
): Readable {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns,
    escape_formulas: true,
    record_delimiter: "windows",
    // Cells with a bare line break are quoted too (with its own delimiter set, the library
    // would only quote CRLF).
    quote_record_delimiter: true,
  });
  const source = Readable.from(
    (async function* () {
      for await (const record of records) yield trimCells(record);
    })(),
  );
  // pipeline, not pipe: a failed read destroys the CSV stream too, so the download fails visibly.
  pipeline(source, stringifier, () => {});
  return stringifier;
}
