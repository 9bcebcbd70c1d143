import { z } from "zod";
import { getMessages } from "../../messages";
import {
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

export { errors };

export const commonLanguages = rows(languageRow, { min: 1, max: 12 });
