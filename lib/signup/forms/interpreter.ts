import { defineForm, question as q } from "../questions";
import { aboutYou, closing } from "./common";

/**
 * Translators and interpreters. Languages are free entries, so Mam, K'iche' and Q'anjob'al
 * are as easy to give as Spanish, and a pair need not include English: many interpreters for
 * Guatemalan asylum seekers work between Mam and Spanish while another relays into English.
 */
export const interpreterForm = defineForm(
  "interpreter",
  {
    ...aboutYou,
    services: q.choices({ section: "services", label: "services", options: "services", min: 1 }),
    certifications: q.choices({
      section: "services",
      label: "certifications",
      options: "certifications",
      min: 1,
    }),
    certificationOther: q.text({
      section: "services",
      label: "certificationOther",
      required: false,
      max: 120,
    }),
    languages: q.group({
      section: "languages",
      label: "interpreterLanguages",
      min: 1,
      max: 12,
      row: {
        name: q.text({ label: "languageName", required: true, max: 60, refuseUrls: true }),
        dialect: q.text({ label: "dialect", required: false, max: 80 }),
        spoken: q.choice({ label: "spoken", options: "proficiency", display: "select" }),
        written: q.choice({ label: "written", options: "proficiency", display: "select" }),
      },
    }),
    pairs: q.group({
      section: "languages",
      label: "pairs",
      min: 1,
      max: 12,
      row: {
        languageA: q.text({ label: "pairLanguageA", required: true, max: 60, refuseUrls: true }),
        languageB: q.text({ label: "pairLanguageB", required: true, max: 60, refuseUrls: true }),
        directions: q.choices({ label: "directions", options: "directions", min: 1 }),
      },
    }),
    ...closing,
    confidentialityPledge: q.checkbox({
      section: "consent",
      label: "confidentialityPledge",
      mustAgree: true,
    }),
  },
  (answers, report) => {
    if (answers.certifications.includes("other") && !answers.certificationOther) {
      report("certificationOther", "certificationOther");
    }
    answers.pairs.forEach((pair, index) => {
      if (pair.languageA.toLowerCase() === pair.languageB.toLowerCase()) {
        report(`pairs.${index}.languageB`, "samePairLanguage");
      }
    });
  },
);
