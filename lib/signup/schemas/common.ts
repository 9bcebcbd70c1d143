import { z } from "zod";
import { getMessages } from "../../messages";
import {
  checkbox,
  choice,
  choices,
  email,
  mustAgree,
  optionalText,
  personName,
  phone,
  requiredText,
  rows,
  wholeNumber,
} from "../fields";
import { AVAILABILITY, PROFICIENCY } from "../options";

const errors = getMessages().forms.errors;

export const languageRow = z.object({ name: requiredText(60), proficiency: choice(PROFICIENCY) });

/** Answers every form asks; each role's schema extends this. */
export const commonFields = {
  firstName: personName,
  lastName: personName,
  email,
  phone,
  city: requiredText(80),
  state: requiredText(60),
  hoursPerMonth: wholeNumber(1, 200),
  availability: choices(AVAILABILITY, { min: 1 }),
  heardAbout: optionalText(200),
  anythingElse: optionalText(2000, { multiline: true }),
  consentContact: mustAgree,
  consentPrivacy: mustAgree,
};

export { checkbox, errors };

/** Fields of the form that are not answers: they guard the submission itself. */
export const FormGuardSchema = z.object({
  formToken: z.string().max(300).optional(),
  // The honeypot: invisible to people, tempting to bots.
  website: z.string().max(500).optional(),
});

export const commonLanguages = rows(languageRow, { min: 1, max: 12 });
