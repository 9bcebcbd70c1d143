import fc from "fast-check";
import type { Role } from "../../../lib/signup/options";
import { sampleFields, toEntries, type FormFields } from "../../support/signup-samples";

// Generates signups that must all be refused: a valid sample with one to three fields broken
// at the schema's edges.

const TEXT_FIELDS: Record<Role, string[]> = {
  attorney: ["organization", "courts", "barAdmissions.0.jurisdiction", "barAdmissions.0.barNumber"],
  medical: ["specialty", "licenceState", "licenceNumber"],
  interpreter: ["certificationOther", "languages.0.dialect"],
};
const COMMON_TEXT = [
  "firstName",
  "lastName",
  "city",
  "state",
  "heardAbout",
  "anythingElse",
  "languages.0.name",
];
const REQUIRED: Record<Role, string[]> = {
  attorney: [
    "licenceStatus",
    "immigrationExperience",
    "caseTypes",
    "casesPerYear",
    "wantsMentor",
    "malpractice",
  ],
  medical: [
    "profession",
    "licenceLevel",
    "licenceState",
    "licenceNumber",
    "evaluationTypes",
    "istanbulTraining",
    "priorEvaluations",
    "settings",
    "evaluationsPerYear",
  ],
  interpreter: ["services", "certifications", "confidentialityPledge"],
};
const COMMON_REQUIRED = [
  "firstName",
  "lastName",
  "email",
  "city",
  "state",
  "hoursPerMonth",
  "availability",
  "consentContact",
  "consentPrivacy",
];
const NUMBER_FIELDS: Record<Role, string[]> = {
  attorney: ["hoursPerMonth", "casesPerYear", "barAdmissions.0.year"],
  medical: ["hoursPerMonth", "priorEvaluations", "evaluationsPerYear"],
  interpreter: ["hoursPerMonth"],
};
const CHOICE_FIELDS: Record<Role, string[]> = {
  attorney: [
    "licenceStatus",
    "wantsMentor",
    "malpractice",
    "caseTypes",
    "availability",
    "languages.0.proficiency",
  ],
  medical: ["profession", "licenceLevel", "istanbulTraining", "settings", "availability"],
  interpreter: ["services", "certifications", "availability", "languages.0.spoken"],
};

const MARKUP = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<a href='javascript:alert(1)'>x</a>",
  "javascript:alert(1)",
  "&lt;b&gt;",
  "<svg/onload=alert(1)>",
  "<!-- x -->",
];
const CONTROL = ["\u0000", "\u0007", "\u001b[31m", "\u0008", "\u007f"];
const BAD_EMAILS = [
  "ana@example.com\r\nBcc: victim@example.com",
  "ana@example.com\nX-Injected: 1",
  '"ana maria"@example.com',
  '"ana@x"@example.com',
  "ana(comment)@example.com",
  "ana@(comment)example.com",
  "Ana <ana@example.com>",
  "ana@example.com, bob@example.com",
  "ana@example",
  "@example.com",
  "ana@@example.com",
  "ana@[127.0.0.1]",
];

type Mutation = (fields: FormFields) => FormFields;
const set =
  (name: string, value: string | string[]): Mutation =>
  (f) => ({ ...f, [name]: value });
const remove =
  (name: string): Mutation =>
  (f) =>
    Object.fromEntries(Object.entries(f).filter(([k]) => k !== name));

function mutations(role: Role): fc.Arbitrary<Mutation> {
  const text = [...COMMON_TEXT, ...TEXT_FIELDS[role]];
  const required = [...COMMON_REQUIRED, ...REQUIRED[role]];
  return fc.oneof(
    fc.constantFrom(...required).map(remove),
    fc.constantFrom(...required).map((name) => set(name, "")),
    fc
      .tuple(
        fc.constantFrom(...NUMBER_FIELDS[role]),
        fc.constantFrom("ten", "1.5", "-3", "1e3", "0x10", "999999", " "),
      )
      .map(([n, v]) => set(n, v)),
    fc
      .tuple(
        fc.constantFrom(...CHOICE_FIELDS[role]),
        fc.constantFrom("not-an-option", "ATTORNEY", "__proto__"),
      )
      .map(([n, v]) => set(n, v)),
    fc
      .tuple(
        fc.constantFrom("firstName", "city", "email", "hoursPerMonth"),
        fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 3 }),
      )
      .map(([n, v]) => set(n, v)),
    fc
      .tuple(fc.constantFrom(...text, "email", "phone"), fc.integer({ min: 2001, max: 6000 }))
      .map(([n, len]) => set(n, "a".repeat(len))),
    fc
      .tuple(
        fc.constantFrom(...text.filter((n) => n !== "anythingElse"), "email"),
        fc.constantFrom("\r\n", "\n", "\r"),
        fc.string({ maxLength: 20 }),
      )
      .map(([n, nl, s]) => set(n, `Ana${nl}Bcc: x@example.com${s}`)),
    fc
      .tuple(fc.constantFrom(...text, "email"), fc.constantFrom(...CONTROL))
      .map(([n, c]) => set(n, `Ana${c}Pérez`)),
    fc
      .tuple(fc.constantFrom(...text), fc.constantFrom(...MARKUP), fc.string({ maxLength: 10 }))
      .map(([n, m, s]) => set(n, `${s}${m}`)),
    fc.constantFrom(...BAD_EMAILS).map((e) => set("email", e)),
  );
}

/** `count` invalid submissions for a form, the same on every run (a fixed seed). */
export function invalidSubmissions(role: Role, count: number, seed = 20261127): [string, string][][] {
  const arbitrary = fc.array(mutations(role), { minLength: 1, maxLength: 3 });
  return fc.sample(arbitrary, { numRuns: count, seed }).map((list, i) =>
    toEntries(
      list.reduce((fields, mutate) => mutate(fields), {
        ...sampleFields(role),
        email: `fuzz.${role}.${i}@example.com`,
      } as FormFields),
    ),
  );
}
