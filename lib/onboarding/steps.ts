import type { Role } from "../signup/options";

// Every onboarding step, in one place: from signup to ready for a first case (issue 23).
// Adding a step is one entry here and its words under `onboarding.steps.<key>` in the
// catalogs (volunteers read them on their own pages, so both languages). Nothing else lists
// steps: the record, the volunteer's page, readiness, the list's filters and the CSV read this.

/** Who marks a step done: staff, the volunteer on their own page, or either. */
export type StepDoneBy = "staff" | "volunteer" | "either";

/** What a step records beside the day it was done. */
export type StepRecords = {
  /** A text such as a licence or EOIR number, or the version of a signed document. */
  text?: { kind: "number" | "version" | "note"; max: number; required: boolean };
  /** An expiry day: past it, the step is open again and the volunteer not ready. */
  expires?: boolean;
};

/** A step done once per something the volunteer named (each language pair): its instances. */
export type StepInstance = { key: string; label: string };

/** The answers a step's conditions read: the signup's stored answers, loosely typed. */
export type StoredAnswers = Record<string, unknown>;

export type StepDefinition = {
  key: string;
  role: Role;
  doneBy: StepDoneBy;
  records: StepRecords;
  /** A training session's attendance completes it (staff mark attendance). */
  isTraining?: boolean;
  /** Required only for some volunteers (a mentor when they asked for one); always otherwise. */
  requiredWhen?: (answers: StoredAnswers) => boolean;
  /** Done once per instance (each language pair); once otherwise. */
  instances?: (answers: StoredAnswers) => StepInstance[];
};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** "Mam → Spanish": a pair as the volunteer gave it, and its key (stable while they keep it). */
export function languagePairs(answers: StoredAnswers): StepInstance[] {
  return list(answers.pairs).map((pair) => {
    const row = (pair ?? {}) as StoredAnswers;
    const label = `${text(row.languageA)} ↔ ${text(row.languageB)}`;
    return { key: label.toLowerCase(), label };
  });
}

export const STEPS: readonly StepDefinition[] = [
  { key: "attorneyOrientation", role: "attorney", doneBy: "staff", records: {}, isTraining: true },
  {
    key: "malpracticeCoverage",
    role: "attorney",
    doneBy: "staff",
    records: { text: { kind: "note", max: 200, required: true } },
  },
  {
    key: "eoirRegistration",
    role: "attorney",
    doneBy: "either",
    records: { text: { kind: "number", max: 40, required: true } },
  },
  {
    key: "mentorAssigned",
    role: "attorney",
    doneBy: "staff",
    records: { text: { kind: "note", max: 120, required: true } },
    requiredWhen: (answers) => answers.wantsMentor === "yes",
  },
  { key: "conflictCheck", role: "attorney", doneBy: "staff", records: {} },
  { key: "asylumEvaluationTraining", role: "medical", doneBy: "staff", records: {}, isTraining: true },
  {
    key: "licenceVerified",
    role: "medical",
    doneBy: "staff",
    records: { text: { kind: "number", max: 80, required: true }, expires: true },
  },
  { key: "sampleAffidavitReviewed", role: "medical", doneBy: "staff", records: {} },
  { key: "interpreterOrientation", role: "interpreter", doneBy: "staff", records: {}, isTraining: true },
  {
    key: "confidentialityPledge",
    role: "interpreter",
    doneBy: "volunteer",
    records: { text: { kind: "version", max: 40, required: true } },
  },
  {
    key: "languagePairAssessed",
    role: "interpreter",
    doneBy: "staff",
    records: { text: { kind: "note", max: 200, required: false } },
    instances: languagePairs,
  },
  {
    key: "courtCertificationVerified",
    role: "interpreter",
    doneBy: "staff",
    records: { text: { kind: "number", max: 80, required: true }, expires: true },
    requiredWhen: (answers) => list(answers.certifications).some((c) => text(c).startsWith("court_")),
  },
];

/** The version of the confidentiality pledge a volunteer signs today (its text is in the catalogs). */
export const PLEDGE_VERSION = "2026-12";

export function stepsFor(role: Role, steps: readonly StepDefinition[] = STEPS): StepDefinition[] {
  return steps.filter((step) => step.role === role);
}

export function findStep(key: string, steps: readonly StepDefinition[] = STEPS): StepDefinition | undefined {
  return steps.find((step) => step.key === key);
}
