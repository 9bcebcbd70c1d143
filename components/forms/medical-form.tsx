"use client";

import { getMessages } from "@/lib/messages";
import type { SignupFormState } from "@/lib/signup/form-state";
import { ChoiceGroup } from "./choice-group";
import {
  AboutYouFields,
  AvailabilityFields,
  ClosingFields,
  Section,
  SpokenLanguagesFields,
} from "./common-fields";
import { SignupForm } from "./signup-form";
import { TextField } from "./text-field";

const m = getMessages().forms;
const o = m.options;

export function MedicalForm({ initialState }: { initialState: SignupFormState }) {
  return (
    <SignupForm role="medical" initialState={initialState}>
      {(rows) => (
        <>
          <AboutYouFields />
          <Section title={m.sections.profession}>
            <ChoiceGroup
              name="profession"
              legend={m.medical.profession}
              options={o.profession}
              required
              columns={2}
            />
            <TextField
              name="professionOther"
              label={m.medical.professionOther}
              optionalLabel={m.optional}
              maxLength={80}
            />
            <TextField
              name="specialty"
              label={m.medical.specialty}
              optionalLabel={m.optional}
              maxLength={120}
            />
            <ChoiceGroup
              name="licenceLevel"
              legend={m.medical.licenceLevel}
              options={o.licenceLevel}
              required
            />
            <div className="grid gap-x-4 sm:grid-cols-2">
              <TextField name="licenceState" label={m.medical.licenceState} required maxLength={60} />
              <TextField name="licenceNumber" label={m.medical.licenceNumber} required maxLength={40} />
            </div>
            <ChoiceGroup
              name="evaluationTypes"
              legend={m.medical.evaluationTypes}
              options={o.evaluationTypes}
              multiple
              required
              columns={2}
            />
            <ChoiceGroup
              name="istanbulTraining"
              legend={m.medical.istanbulTraining}
              options={o.istanbulTraining}
              required
            />
            <TextField
              name="priorEvaluations"
              label={m.medical.priorEvaluations}
              inputMode="numeric"
              required
              width="short"
              maxLength={4}
            />
            <ChoiceGroup
              name="settings"
              legend={m.medical.settings}
              options={o.medicalSettings}
              multiple
              required
            />
            <TextField
              name="evaluationsPerYear"
              label={m.medical.evaluationsPerYear}
              inputMode="numeric"
              required
              width="short"
              maxLength={3}
            />
          </Section>
          <SpokenLanguagesFields rowCount={rows.counts.languages ?? 1} onAdd={() => rows.add("languages")} />
          <AvailabilityFields />
          <ClosingFields />
        </>
      )}
    </SignupForm>
  );
}
