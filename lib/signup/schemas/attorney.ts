import { z } from "zod";
import {
  choice,
  choices,
  optionalText,
  optionalWholeNumber,
  requiredText,
  rows,
  checkbox,
  wholeNumber,
} from "../fields";
import {
  CASE_TYPES,
  IMMIGRATION_EXPERIENCE,
  LICENCE_STATUS,
  MALPRACTICE,
  POPULATIONS,
  YES_NO,
} from "../options";
import { commonFields, commonLanguages, errors } from "./common";

const barAdmission = z.object({
  jurisdiction: requiredText(60),
  barNumber: requiredText(40),
  year: wholeNumber(1950, new Date().getFullYear()),
});

/** Attorneys, DOJ accredited representatives and supervised law students. */
export const AttorneySignupSchema = z
  .object({
    ...commonFields,
    languages: commonLanguages,
    licenceStatus: choice(LICENCE_STATUS),
    barAdmissions: rows(barAdmission, { max: 10 }),
    goodStanding: checkbox,
    organization: optionalText(120),
    yearsInPractice: optionalWholeNumber(0, 70),
    immigrationExperience: choice(IMMIGRATION_EXPERIENCE),
    caseTypes: choices(CASE_TYPES, { min: 1 }),
    casesPerYear: wholeNumber(1, 50),
    populations: choices(POPULATIONS),
    courts: optionalText(300),
    wantsMentor: choice(YES_NO),
    malpractice: choice(MALPRACTICE),
  })
  .superRefine((value, ctx) => {
    if (value.licenceStatus !== "licensed_attorney") return;
    if (value.barAdmissions.length === 0) {
      ctx.addIssue({ code: "custom", path: ["barAdmissions"], message: errors.barAdmissionRequired });
    }
    if (!value.goodStanding) {
      ctx.addIssue({ code: "custom", path: ["goodStanding"], message: errors.goodStandingRequired });
    }
  });

export type AttorneySignup = z.output<typeof AttorneySignupSchema>;
