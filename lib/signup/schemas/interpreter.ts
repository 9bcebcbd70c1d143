import { z } from "zod";
import { checkbox, choice, choices, mustAgree, optionalText, requiredText, rows } from "../fields";
import { CERTIFICATIONS, INTERPRETER_SERVICES, PROFICIENCY } from "../options";
import { commonFields, errors } from "./common";

// Languages are free entries, so Mam, K'iche' and Q'anjob'al (needed in immigration court)
// are as easy to give as Spanish.
const interpreterLanguage = z
  .object({
    name: requiredText(60),
    dialect: optionalText(80),
    spoken: choice(PROFICIENCY),
    written: choice(PROFICIENCY),
    intoEnglish: checkbox,
    outOfEnglish: checkbox,
  })
  .superRefine((value, ctx) => {
    if (!value.intoEnglish && !value.outOfEnglish) {
      ctx.addIssue({ code: "custom", path: ["intoEnglish"], message: errors.direction });
    }
  });

/** Translators and interpreters. */
export const InterpreterSignupSchema = z
  .object({
    ...commonFields,
    languages: rows(interpreterLanguage, { min: 1, max: 12 }),
    services: choices(INTERPRETER_SERVICES, { min: 1 }),
    certifications: choices(CERTIFICATIONS, { min: 1 }),
    certificationOther: optionalText(120),
    confidentialityPledge: mustAgree,
  })
  .superRefine((value, ctx) => {
    if (value.certifications.includes("other") && !value.certificationOther) {
      ctx.addIssue({ code: "custom", path: ["certificationOther"], message: errors.certificationOther });
    }
  });

export type InterpreterSignup = z.output<typeof InterpreterSignupSchema>;
