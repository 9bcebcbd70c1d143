import { defineForm, question as q, type AnswersOf } from "../questions";
import { aboutYou, closing, spokenLanguages } from "./common";

/** Medical and mental-health professionals who do forensic evaluations. */
export const medicalForm = defineForm(
  "medical",
  {
    ...aboutYou,
    profession: q.choice({ section: "profession", label: "profession", options: "profession" }),
    professionOther: q.text({ section: "profession", label: "professionOther", required: false, max: 80 }),
    specialty: q.text({ section: "profession", label: "specialty", required: false, max: 120 }),
    licenceLevel: q.choice({ section: "profession", label: "licenceLevel", options: "licenceLevel" }),
    licenceState: q.text({ section: "profession", label: "licenceState", required: true, max: 60 }),
    licenceNumber: q.text({ section: "profession", label: "licenceNumber", required: true, max: 40 }),
    evaluationTypes: q.choices({
      section: "profession",
      label: "evaluationTypes",
      options: "evaluationTypes",
      min: 1,
    }),
    istanbulTraining: q.choice({
      section: "profession",
      label: "istanbulTraining",
      options: "istanbulTraining",
    }),
    priorEvaluations: q.number({
      section: "profession",
      label: "priorEvaluations",
      required: true,
      min: 0,
      max: 5000,
    }),
    settings: q.choices({
      section: "profession",
      label: "medicalSettings",
      options: "medicalSettings",
      min: 1,
    }),
    evaluationsPerYear: q.number({
      section: "profession",
      label: "evaluationsPerYear",
      required: true,
      min: 1,
      max: 200,
    }),
    ...spokenLanguages,
    ...closing,
  },
  (answers, report) => {
    if (answers.profession === "other" && !answers.professionOther)
      report("professionOther", "professionOther");
  },
);

export type MedicalAnswers = AnswersOf<typeof medicalForm.questions>;

/** Residents and associate-level licensees may volunteer under supervision. */
export function needsSupervision(answers: Pick<MedicalAnswers, "licenceLevel">): boolean {
  return answers.licenceLevel !== "full";
}
