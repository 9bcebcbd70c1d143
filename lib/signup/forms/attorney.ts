import { defineForm, question as q } from "../questions";
import { aboutYou, closing, spokenLanguages } from "./common";

/** Attorneys, DOJ accredited representatives and supervised law students. */
export const attorneyForm = defineForm(
  "attorney",
  {
    ...aboutYou,
    licenceStatus: q.choice({ section: "practice", label: "licenceStatus", options: "licenceStatus" }),
    barAdmissions: q.group({
      section: "practice",
      label: "barAdmissions",
      min: 0,
      max: 10,
      row: {
        jurisdiction: q.text({ label: "jurisdiction", required: true, max: 60 }),
        barNumber: q.text({ label: "barNumber", required: true, max: 40 }),
        year: q.number({ label: "yearAdmitted", required: true, min: 1950, max: new Date().getFullYear() }),
      },
    }),
    goodStanding: q.checkbox({ section: "practice", label: "goodStanding", mustAgree: false }),
    organization: q.text({
      section: "practice",
      label: "organization",
      required: false,
      max: 120,
      autoComplete: "organization",
      column: true,
    }),
    yearsInPractice: q.number({
      section: "practice",
      label: "yearsInPractice",
      required: false,
      min: 0,
      max: 70,
    }),
    immigrationExperience: q.choice({
      section: "practice",
      label: "immigrationExperience",
      options: "immigrationExperience",
    }),
    caseTypes: q.choices({ section: "practice", label: "caseTypes", options: "caseTypes", min: 1 }),
    casesPerYear: q.number({ section: "practice", label: "casesPerYear", required: true, min: 1, max: 50 }),
    populations: q.choices({ section: "practice", label: "populations", options: "populations", min: 0 }),
    courts: q.text({ section: "practice", label: "courts", required: false, max: 300 }),
    wantsMentor: q.choice({ section: "practice", label: "wantsMentor", options: "yesNo" }),
    malpractice: q.choice({ section: "practice", label: "malpractice", options: "malpractice" }),
    ...spokenLanguages,
    ...closing,
  },
  (answers, report) => {
    if (answers.licenceStatus !== "licensed_attorney") return;
    if (answers.barAdmissions.length === 0) report("barAdmissions", "barAdmissionRequired");
    if (!answers.goodStanding) report("goodStanding", "goodStandingRequired");
  },
);
