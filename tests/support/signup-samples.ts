import type { Role } from "../../lib/signup/options";

// Valid submissions as a browser sends them: field name to value(s). Tests, the fuzzer and
// the signup benchmark start from these.

export type FormFields = Record<string, string | string[]>;

const common = (n: number): FormFields => ({
  firstName: "Ana María",
  lastName: `O'Connor-Pérez ${n}`.replace(/ \d+$/, ""),
  email: `ana.${n}@example.com`,
  phone: "+1 (505) 555-0142",
  city: "Albuquerque",
  state: "NM",
  hoursPerMonth: "10",
  availability: ["remote", "detention"],
  heardAbout: "A colleague shared a testimonial",
  anythingElse: "I can start next month.\nWeekends work best.",
  consentContact: "on",
  consentPrivacy: "on",
});

export function sampleFields(role: Role, n = 1): FormFields {
  if (role === "attorney") {
    return {
      ...common(n),
      "languages.0.name": "Spanish",
      "languages.0.proficiency": "fluent",
      licenceStatus: "licensed_attorney",
      "barAdmissions.0.jurisdiction": "New Mexico",
      "barAdmissions.0.barNumber": "NM-12345",
      "barAdmissions.0.year": "2015",
      goodStanding: "on",
      organization: "Wilcox, Myers, & Jones",
      yearsInPractice: "9",
      immigrationExperience: "some",
      caseTypes: ["defensive_asylum", "sijs_children"],
      casesPerYear: "3",
      populations: ["detained_adults", "children"],
      courts: "Albuquerque Immigration Court",
      wantsMentor: "yes",
      malpractice: "need_organization",
    };
  }
  if (role === "medical") {
    return {
      ...common(n),
      "languages.0.name": "Spanish",
      "languages.0.proficiency": "conversational",
      profession: "psychologist",
      specialty: "Trauma",
      licenceLevel: "resident",
      licenceState: "MA",
      licenceNumber: "PSY-778",
      evaluationTypes: ["psychological", "testimony"],
      istanbulTraining: "would_like",
      priorEvaluations: "4",
      settings: ["telehealth", "detention"],
      evaluationsPerYear: "6",
    };
  }
  return {
    ...common(n),
    "languages.0.name": "K'iche'",
    "languages.0.dialect": "Nahualá",
    "languages.0.spoken": "native",
    "languages.0.written": "conversational",
    "languages.1.name": "Spanish",
    "languages.1.spoken": "fluent",
    "languages.1.written": "fluent",
    "pairs.0.languageA": "K'iche'",
    "pairs.0.languageB": "Spanish",
    "pairs.0.directions": ["a_to_b", "b_to_a"],
    "pairs.1.languageA": "Spanish",
    "pairs.1.languageB": "English",
    "pairs.1.directions": "a_to_b",
    services: ["consecutive", "phone_video"],
    certifications: ["court_state", "other"],
    certificationOther: "Community interpreter certificate",
    confidentialityPledge: "on",
  };
}

/** The same fields as FormData entries, in the order a browser sends them. */
export function toEntries(fields: FormFields): [string, string][] {
  return Object.entries(fields).flatMap(([key, value]) =>
    Array.isArray(value)
      ? value.map((v) => [key, v] as [string, string])
      : [[key, value] as [string, string]],
  );
}
