"use client";

import { getMessages } from "@/lib/messages";
import type { SignupFormState } from "@/lib/signup/form-state";
import { CheckboxField } from "./checkbox-field";
import { ChoiceGroup } from "./choice-group";
import { AboutYouFields, AvailabilityFields, ClosingFields, Section } from "./common-fields";
import { RepeatableGroup } from "./repeatable-group";
import { SelectField } from "./select-field";
import { SignupForm } from "./signup-form";
import { TextField } from "./text-field";

const m = getMessages().forms;
const o = m.options;

export function InterpreterForm({ initialState }: { initialState: SignupFormState }) {
  return (
    <SignupForm role="interpreter" initialState={initialState}>
      {(rows) => (
        <>
          <AboutYouFields />
          <Section title={m.sections.services}>
            <ChoiceGroup
              name="services"
              legend={m.interpreter.services}
              options={o.services}
              multiple
              required
            />
            <ChoiceGroup
              name="certifications"
              legend={m.interpreter.certifications}
              options={o.certifications}
              multiple
              required
            />
            <TextField
              name="certificationOther"
              label={m.interpreter.certificationOther}
              optionalLabel={m.optional}
              maxLength={120}
            />
          </Section>
          <Section title={m.sections.languages}>
            <RepeatableGroup
              name="languages"
              legend={m.sections.languages}
              hint={m.interpreter.languagesHint}
              rowCount={rows.counts.languages ?? 1}
              addLabel={m.addRow}
              onAdd={() => rows.add("languages")}
              renderRow={(i) => (
                <>
                  <div className="grid gap-x-4 sm:grid-cols-2">
                    <TextField
                      name={`languages.${i}.name`}
                      label={m.common.languageName}
                      required={i === 0}
                      maxLength={60}
                    />
                    <TextField
                      name={`languages.${i}.dialect`}
                      label={m.interpreter.dialect}
                      optionalLabel={m.optional}
                      maxLength={80}
                    />
                    <SelectField
                      name={`languages.${i}.spoken`}
                      label={m.interpreter.spoken}
                      options={o.proficiency}
                      placeholder={m.errors.choose}
                    />
                    <SelectField
                      name={`languages.${i}.written`}
                      label={m.interpreter.written}
                      options={o.proficiency}
                      placeholder={m.errors.choose}
                    />
                  </div>
                  <p className="mt-4 font-medium">{m.interpreter.directions}</p>
                  <div className="flex flex-wrap gap-x-6">
                    <CheckboxField name={`languages.${i}.intoEnglish`} label={m.interpreter.intoEnglish} />
                    <CheckboxField name={`languages.${i}.outOfEnglish`} label={m.interpreter.outOfEnglish} />
                  </div>
                </>
              )}
            />
          </Section>
          <AvailabilityFields />
          <ClosingFields
            extra={
              <CheckboxField
                name="confidentialityPledge"
                label={m.interpreter.confidentialityPledge}
                required
              />
            }
          />
        </>
      )}
    </SignupForm>
  );
}
