"use client";

import { getMessages } from "@/lib/messages";
import type { SignupFormState } from "@/lib/signup/form-state";
import { CheckboxField } from "./checkbox-field";
import { ChoiceGroup } from "./choice-group";
import {
  AboutYouFields,
  AvailabilityFields,
  ClosingFields,
  Section,
  SpokenLanguagesFields,
} from "./common-fields";
import { RepeatableGroup } from "./repeatable-group";
import { SignupForm } from "./signup-form";
import { TextField } from "./text-field";

const m = getMessages().forms;
const o = m.options;

export function AttorneyForm({ initialState }: { initialState: SignupFormState }) {
  return (
    <SignupForm role="attorney" initialState={initialState}>
      {(rows) => (
        <>
          <AboutYouFields />
          <Section title={m.sections.practice}>
            <ChoiceGroup
              name="licenceStatus"
              legend={m.attorney.licenceStatus}
              options={o.licenceStatus}
              required
            />
            <RepeatableGroup
              name="barAdmissions"
              legend={m.attorney.barAdmissions}
              hint={m.attorney.barAdmissionsHint}
              rowCount={rows.counts.barAdmissions ?? 1}
              addLabel={m.addRow}
              onAdd={() => rows.add("barAdmissions")}
              renderRow={(i) => (
                <div className="grid gap-x-4 sm:grid-cols-3">
                  <TextField
                    name={`barAdmissions.${i}.jurisdiction`}
                    label={m.attorney.jurisdiction}
                    maxLength={60}
                  />
                  <TextField
                    name={`barAdmissions.${i}.barNumber`}
                    label={m.attorney.barNumber}
                    maxLength={40}
                  />
                  <TextField
                    name={`barAdmissions.${i}.year`}
                    label={m.attorney.year}
                    inputMode="numeric"
                    maxLength={4}
                  />
                </div>
              )}
            />
            <CheckboxField name="goodStanding" label={m.attorney.goodStanding} />
            <TextField
              name="organization"
              label={m.attorney.organization}
              optionalLabel={m.optional}
              autoComplete="organization"
              maxLength={120}
            />
            <TextField
              name="yearsInPractice"
              label={m.attorney.yearsInPractice}
              optionalLabel={m.optional}
              inputMode="numeric"
              width="short"
              maxLength={2}
            />
            <ChoiceGroup
              name="immigrationExperience"
              legend={m.attorney.immigrationExperience}
              options={o.immigrationExperience}
              required
            />
            <ChoiceGroup
              name="caseTypes"
              legend={m.attorney.caseTypes}
              options={o.caseTypes}
              multiple
              required
              columns={2}
            />
            <TextField
              name="casesPerYear"
              label={m.attorney.casesPerYear}
              inputMode="numeric"
              required
              width="short"
              maxLength={2}
            />
            <ChoiceGroup
              name="populations"
              legend={m.attorney.populations}
              options={o.populations}
              multiple
              optionalLabel={m.optional}
            />
            <TextField name="courts" label={m.attorney.courts} optionalLabel={m.optional} maxLength={300} />
            <ChoiceGroup name="wantsMentor" legend={m.attorney.wantsMentor} options={o.yesNo} required />
            <ChoiceGroup
              name="malpractice"
              legend={m.attorney.malpractice}
              options={o.malpractice}
              required
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
