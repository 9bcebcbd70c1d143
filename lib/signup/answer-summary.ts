import { getMessages } from "../messages";
import type { Role } from "./options";

// Every answer of a signup as labelled lines, in form order, for the staff email (and the
// admin record). Values are plain text; callers escape them for HTML.

export type AnswerLine = { label: string; value: string };

const forms = getMessages().forms;
const options = forms.options as unknown as Record<string, Record<string, string>>;

type Row = [key: string, label: string, optionSet?: string];

const COMMON_START: Row[] = [
  ["firstName", forms.common.firstName],
  ["lastName", forms.common.lastName],
  ["email", forms.common.email],
  ["phone", forms.common.phone],
  ["city", forms.common.city],
  ["state", forms.common.state],
  ["languages", forms.sections.languages],
];
const COMMON_END: Row[] = [
  ["hoursPerMonth", forms.common.hoursPerMonth],
  ["availability", forms.common.availability, "availability"],
  ["heardAbout", forms.common.heardAbout],
  ["anythingElse", forms.common.anythingElse],
];

const ROLE_ROWS: Record<Role, Row[]> = {
  attorney: [
    ["licenceStatus", forms.attorney.licenceStatus, "licenceStatus"],
    ["barAdmissions", forms.attorney.barAdmissions],
    ["goodStanding", forms.attorney.goodStanding],
    ["organization", forms.attorney.organization],
    ["yearsInPractice", forms.attorney.yearsInPractice],
    ["immigrationExperience", forms.attorney.immigrationExperience, "immigrationExperience"],
    ["caseTypes", forms.attorney.caseTypes, "caseTypes"],
    ["casesPerYear", forms.attorney.casesPerYear],
    ["populations", forms.attorney.populations, "populations"],
    ["courts", forms.attorney.courts],
    ["wantsMentor", forms.attorney.wantsMentor, "yesNo"],
    ["malpractice", forms.attorney.malpractice, "malpractice"],
  ],
  medical: [
    ["profession", forms.medical.profession, "profession"],
    ["professionOther", forms.medical.professionOther],
    ["specialty", forms.medical.specialty],
    ["licenceLevel", forms.medical.licenceLevel, "licenceLevel"],
    ["licenceState", forms.medical.licenceState],
    ["licenceNumber", forms.medical.licenceNumber],
    ["evaluationTypes", forms.medical.evaluationTypes, "evaluationTypes"],
    ["istanbulTraining", forms.medical.istanbulTraining, "istanbulTraining"],
    ["priorEvaluations", forms.medical.priorEvaluations],
    ["settings", forms.medical.settings, "medicalSettings"],
    ["evaluationsPerYear", forms.medical.evaluationsPerYear],
  ],
  interpreter: [
    ["services", forms.interpreter.services, "services"],
    ["certifications", forms.interpreter.certifications, "certifications"],
    ["certificationOther", forms.interpreter.certificationOther],
    ["confidentialityPledge", forms.interpreter.confidentialityPledge],
  ],
};

const yes = options.yesNo!.yes!;
const no = options.yesNo!.no!;

function describeLanguage(language: Record<string, unknown>): string {
  const proficiency = options.proficiency!;
  if ("spoken" in language) {
    const directions = [
      language.intoEnglish ? forms.interpreter.intoEnglish : null,
      language.outOfEnglish ? forms.interpreter.outOfEnglish : null,
    ].filter(Boolean);
    const dialect = language.dialect ? ` (${language.dialect})` : "";
    return `${language.name}${dialect}: ${forms.interpreter.spoken} ${proficiency[String(language.spoken)]}, ${forms.interpreter.written} ${proficiency[String(language.written)]}; ${directions.join(", ")}`;
  }
  return `${language.name}: ${proficiency[String(language.proficiency)]}`;
}

function describe(key: string, value: unknown, optionSet?: string): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? yes : no;
  if (key === "languages") return (value as Record<string, unknown>[]).map(describeLanguage).join("\n");
  if (key === "barAdmissions") {
    const rows = value as { jurisdiction: string; barNumber: string; year: number }[];
    return rows.length ? rows.map((r) => `${r.jurisdiction}, ${r.barNumber}, ${r.year}`).join("\n") : "—";
  }
  const label = (v: unknown) => (optionSet ? (options[optionSet]?.[String(v)] ?? String(v)) : String(v));
  if (Array.isArray(value)) return value.length ? value.map(label).join(", ") : "—";
  return label(value);
}

export function summarizeAnswers(role: Role, answers: Record<string, unknown>): AnswerLine[] {
  return [...COMMON_START, ...ROLE_ROWS[role], ...COMMON_END].map(([key, label, optionSet]) => ({
    label,
    value: describe(key, answers[key], optionSet),
  }));
}
