import { z } from "zod";
import { choice, choices, optionalText, requiredText, wholeNumber } from "../fields";
import {
  EVALUATION_TYPES,
  ISTANBUL_TRAINING,
  LICENCE_LEVEL,
  MEDICAL_SETTINGS,
  PROFESSIONS,
} from "../options";
import { commonFields, commonLanguages, errors } from "./common";

/** Medical and mental-health professionals who do forensic evaluations. */
export const MedicalSignupSchema = z
  .object({
    ...commonFields,
    languages: commonLanguages,
    profession: choice(PROFESSIONS),
    professionOther: optionalText(80),
    specialty: optionalText(120),
    licenceLevel: choice(LICENCE_LEVEL),
    licenceState: requiredText(60),
    licenceNumber: requiredText(40),
    evaluationTypes: choices(EVALUATION_TYPES, { min: 1 }),
    istanbulTraining: choice(ISTANBUL_TRAINING),
    priorEvaluations: wholeNumber(0, 5000),
    settings: choices(MEDICAL_SETTINGS, { min: 1 }),
    evaluationsPerYear: wholeNumber(1, 200),
  })
  .superRefine((value, ctx) => {
    if (value.profession === "other" && !value.professionOther) {
      ctx.addIssue({ code: "custom", path: ["professionOther"], message: errors.professionOther });
    }
  });

export type MedicalSignup = z.output<typeof MedicalSignupSchema>;

/** Residents and associate-level licensees may volunteer under supervision. */
export function needsSupervision(signup: Pick<MedicalSignup, "licenceLevel">): boolean {
  return signup.licenceLevel !== "full";
}
