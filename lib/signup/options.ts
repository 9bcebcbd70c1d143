// The choices each form offers, in display order. Labels live in the message catalog
// (forms.options), keyed by these values; these values are what is stored.

export const ROLES = ["attorney", "medical", "interpreter"] as const;
export type Role = (typeof ROLES)[number];

export const PROFICIENCY = ["native", "fluent", "professional", "conversational", "basic"] as const;
export const AVAILABILITY = ["remote", "in_person", "detention"] as const;

export const LICENCE_STATUS = [
  "licensed_attorney",
  "doj_accredited",
  "law_student",
  "graduate_awaiting",
] as const;
export const IMMIGRATION_EXPERIENCE = ["none", "some", "extensive"] as const;
export const CASE_TYPES = [
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
] as const;
export const POPULATIONS = ["detained_adults", "children", "criminal_records"] as const;
export const YES_NO = ["yes", "no"] as const;
export const MALPRACTICE = ["through_firm", "need_organization", "not_sure"] as const;

export const PROFESSIONS = [
  "physician",
  "psychologist",
  "psychiatrist",
  "clinical_social_worker",
  "counselor",
  "np_pa",
  "nurse",
  "other",
] as const;
export const LICENCE_LEVEL = ["full", "resident", "associate"] as const;
export const EVALUATION_TYPES = [
  "forensic_physical",
  "psychological",
  "psychiatric",
  "gynecological",
  "record_review",
  "testimony",
] as const;
export const ISTANBUL_TRAINING = ["done", "would_like", "no"] as const;
export const MEDICAL_SETTINGS = ["clinic", "detention", "telehealth"] as const;

export const INTERPRETER_SERVICES = [
  "document_translation",
  "consecutive",
  "simultaneous",
  "phone_video",
  "sight_translation",
] as const;
export const CERTIFICATIONS = ["court_state", "court_federal", "ata", "medical", "other", "none"] as const;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
