// The choices the forms offer, in display order. These values are what is stored; their
// labels live in the message catalog (forms.options), which the compiler checks against
// this list (see OptionLabels).

export const ROLES = ["attorney", "medical", "interpreter"] as const;
export type Role = (typeof ROLES)[number];

export const OPTION_SETS = {
  proficiency: ["native", "fluent", "professional", "conversational", "basic"],
  availability: ["remote", "in_person", "detention"],
  licenceStatus: ["licensed_attorney", "doj_accredited", "law_student", "graduate_awaiting"],
  immigrationExperience: ["none", "some", "extensive"],
  caseTypes: [
    "affirmative_asylum",
    "defensive_asylum",
    "detention_bond",
    "sijs_children",
    "u_t_visas",
    "vawa",
    "daca",
    "naturalization",
    "family_petitions",
    "appeals",
  ],
  populations: ["detained_adults", "children", "criminal_records"],
  yesNo: ["yes", "no"],
  malpractice: ["through_firm", "need_organization", "not_sure"],
  profession: [
    "physician",
    "psychologist",
    "psychiatrist",
    "clinical_social_worker",
    "counselor",
    "np_pa",
    "nurse",
    "other",
  ],
  licenceLevel: ["full", "resident", "associate"],
  evaluationTypes: [
    "forensic_physical",
    "psychological",
    "psychiatric",
    "gynecological",
    "record_review",
    "testimony",
  ],
  istanbulTraining: ["done", "would_like", "no"],
  medicalSettings: ["clinic", "detention", "telehealth"],
  services: ["document_translation", "consecutive", "simultaneous", "phone_video", "sight_translation"],
  /** Which way an interpreter works within a pair of languages. */
  directions: ["a_to_b", "b_to_a"],
  certifications: ["court_state", "court_federal", "ata", "medical", "other", "none"],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type OptionSet = keyof typeof OPTION_SETS;
export type OptionValue<S extends OptionSet> = (typeof OPTION_SETS)[S][number];

/** The catalog's shape for option labels: exactly one label per value. */
export type OptionLabels = { readonly [S in OptionSet]: { readonly [V in OptionValue<S>]: string } };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
