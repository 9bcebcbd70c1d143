import type { Messages } from "../messages/en";
import { format } from "../messages/format";
import { plural } from "../messages/plural";
import { readiness, type Completion } from "../onboarding/readiness";
import { stepName } from "../onboarding/step-words";
import { stepsFor } from "../onboarding/steps";
import { localDateTime } from "../time/zoned";
import { answerDescriber, type Describe } from "../signup/answer-list";
import { signupForm } from "../signup/forms";
import type { Role } from "../signup/options";
import { csvLine, UTF8_BOM, type Cell } from "./csv-text";

// The export's columns and cells, and the CSV they stream as. Answer columns come from the
// form definitions (labels from the catalog), so a new question is a new column by itself;
// after them, the readiness and the day each onboarding step was done (lib/onboarding/steps.ts),
// never what a step recorded (a licence or EOIR number is personal).

export type ExportColumn = { key: string; header: string };
export type { Cell };
/** One signup's cells, in the columns' order (arrays: 100,000 records of ~50 cells each). */
export type ExportRecord = Cell[];

export type ExportSignup = {
  id: string;
  role: Role;
  status: string;
  createdAt: Date;
  /** On the organization's clock already ("YYYY-MM-DD HH:MM:SS"), as the batch's SQL wrote it. */
  statusChanged: string | null;
  assigneeName: string | null;
  notes: number;
  /** The organization's day of the newest note, as the batch's SQL wrote it. */
  lastNote: string | null;
  answers: Record<string, unknown>;
  /** The onboarding steps done (onboarding_steps), their days only. */
  steps: Completion[];
};

export type ExportMessages = {
  /** The organization's zone: the signup time's column says it, and its times are on its clock. */
  timeZone: string;
  forms: Messages["forms"];
  columns: Messages["admin"]["export"]["columns"];
  answerColumns: Messages["admin"]["export"]["answerColumns"];
  roles: Messages["admin"]["signupList"]["roles"];
  statuses: Messages["admin"]["signupList"]["statuses"];
  /** The onboarding words: the readiness cell, the steps' columns. */
  onboarding: Pick<Messages["admin"]["export"], "ready" | "stepsLeft" | "stepColumn" | "everyPair"> & {
    readiness: string;
    titles: Messages["onboarding"]["steps"];
  };
  /** The organization's day of the export (YYYY-MM-DD): readiness is as of it. */
  today: string;
};

/**
 * The columns, and for each role where its answers go and how each is put in words: worked
 * out once per export (labels and option words looked up then, not per signup).
 */
export type ExportLayout = {
  columns: ExportColumn[];
  plans: Map<Role, { at: number; name: string; isNumber: boolean; isPhone: boolean; describe: Describe }[]>;
  /** The readiness column, and each role's steps' columns. */
  readinessAt: number;
  steps: Map<Role, { at: number; key: string }[]>;
};

const FIXED = ["id", "role", "status", "statusChanged", "assignee", "notes", "lastNote", "created"] as const;

/** Two roles' questions are one column when they share the name and the label. */
const answerKey = (name: string, label: string) => `answer:${name}:${label}`;

/**
 * The columns for these roles: the fixed ones, then each role's questions in its form's
 * order, merged so a question several roles ask is one column where they ask it.
 */
export function exportLayout(roles: readonly Role[], messages: ExportMessages): ExportLayout {
  const keys: string[] = [];
  const headers = new Map<string, string>();
  for (const role of roles) {
    const questions = Object.entries(signupForm(role).questions);
    questions.forEach(([name, question], index) => {
      const key = answerKey(name, question.label);
      if (headers.has(key)) return;
      const short = (messages.answerColumns as Partial<Record<string, string>>)[question.label];
      headers.set(key, short ?? messages.forms.questions[question.label].label);
      // Before the next of this role's questions already placed, or at the end.
      const following = questions
        .slice(index + 1)
        .map(([n, q]) => keys.indexOf(answerKey(n, q.label)))
        .find((at) => at >= 0);
      keys.splice(following ?? keys.length, 0, key);
    });
  }
  const o = messages.onboarding;
  const stepKeys = roles.flatMap((role) => stepsFor(role).map((step) => step.key));
  const columns = [
    ...FIXED.map((key) => ({ key, header: format(messages.columns[key], { zone: messages.timeZone }) })),
    ...keys.map((key) => ({ key, header: headers.get(key)! })),
    { key: "readiness", header: o.readiness },
    ...stepKeys.map((key) => ({
      key: `step:${key}`,
      header: format(o.stepColumn, { step: stepName(o.titles, key, o.everyPair) }),
    })),
  ];
  const readinessAt = FIXED.length + keys.length;
  const steps = new Map(
    roles.map((role) => [
      role,
      stepsFor(role).map((step) => ({ at: readinessAt + 1 + stepKeys.indexOf(step.key), key: step.key })),
    ]),
  );
  const plans = new Map(
    roles.map((role) => [
      role,
      Object.entries(signupForm(role).questions).map(([name, question]) => ({
        at: FIXED.length + keys.indexOf(answerKey(name, question.label)),
        name,
        isNumber: question.kind === "number",
        isPhone: question.kind === "phone",
        describe: answerDescriber(question, messages.forms),
      })),
    ]),
  );
  return { columns, plans, readinessAt, steps };
}

const latest = (days: string[]) => days.reduce((last, day) => (day > last ? day : last), "");

/**
 * The readiness in words, and each step's day: the day it was done, the last of them for a
 * step done once per language pair; empty while it (or one of its pairs) is open or expired.
 */
function onboardingCells(
  signup: ExportSignup,
  layout: ExportLayout,
  messages: ExportMessages,
  record: Cell[],
) {
  const derived = readiness(signup.role, signup.answers, signup.steps, messages.today);
  const o = messages.onboarding;
  record[layout.readinessAt] = derived.ready ? o.ready : plural("en", o.stepsLeft, derived.open);
  for (const { at, key } of layout.steps.get(signup.role) ?? []) {
    const required = derived.steps.filter((s) => s.step.key === key);
    record[at] =
      required.length === 0
        ? latest(signup.steps.filter((c) => c.stepKey === key).map((c) => c.completedOn))
        : required.every((s) => s.state === "done")
          ? latest(required.map((s) => s.completion!.completedOn))
          : "";
  }
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

/** A signup as one CSV record: answers in words as the admin shows them, numbers as numbers. */
export function exportRecord(
  signup: ExportSignup,
  layout: ExportLayout,
  messages: ExportMessages,
): ExportRecord {
  const record: Cell[] = new Array<Cell>(layout.columns.length).fill("");
  record[0] = signup.id;
  record[1] = messages.roles[signup.role];
  record[2] = messages.statuses[signup.status as keyof ExportMessages["statuses"]] ?? signup.status;
  record[3] = signup.statusChanged ?? "";
  record[4] = signup.assigneeName ?? "";
  record[5] = signup.notes;
  record[6] = signup.lastNote ?? "";
  record[7] = localDateTime(signup.createdAt, messages.timeZone);
  onboardingCells(signup, layout, messages, record);
  const plan = layout.plans.get(signup.role);
  if (!plan) return record;
  const answers = signup.answers;
  for (const { at, name, isNumber, isPhone, describe } of plan) {
    const value = answers[name];
    if (isEmpty(value)) continue;
    record[at] =
      isNumber && typeof value === "number" ? value : isPhone ? { phone: describe(value) } : describe(value);
  }
  return record;
}

/**
 * One batch of records as CSV (lib/admin/csv-text.ts: formulas neutralised after leading
 * whitespace is trimmed, quoting as RFC 4180). The first batch starts with a UTF-8 BOM (so
 * spreadsheets read non-ASCII names right) and the header row.
 */
export function csvChunk(records: ExportRecord[], columns: ExportColumn[], isFirst: boolean): string {
  let text = isFirst ? UTF8_BOM + csvLine(columns.map((column) => column.header)) : "";
  for (const record of records) text += csvLine(record);
  return text;
}

/**
 * Batches of records to a byte stream of CSV, read only as fast as it is consumed: the next
 * batch is asked for when the previous one has been taken. A failed read errors the stream,
 * and a cancelled one stops the batches (their generator's finally runs).
 */
export function csvStream(
  batches: AsyncIterable<ExportRecord[]>,
  columns: ExportColumn[],
): ReadableStream<Uint8Array> {
  const iterator = batches[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let isFirst = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) {
          // An empty export is still a file: the BOM and the header.
          if (isFirst) controller.enqueue(encoder.encode(csvChunk([], columns, true)));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvChunk(value, columns, isFirst)));
        isFirst = false;
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
