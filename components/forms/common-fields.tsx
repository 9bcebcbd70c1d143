"use client";

import type { ReactNode } from "react";
import { getMessages } from "@/lib/messages";
import { CheckboxField } from "./checkbox-field";
import { ChoiceGroup } from "./choice-group";
import { RepeatableGroup } from "./repeatable-group";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

const m = getMessages().forms;

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8 rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-xl font-semibold text-brand">{title}</h2>
      {children}
    </section>
  );
}

export function AboutYouFields() {
  return (
    <Section title={m.sections.about}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={m.common.firstName}
          required
          autoComplete="given-name"
          maxLength={80}
        />
        <TextField
          name="lastName"
          label={m.common.lastName}
          required
          autoComplete="family-name"
          maxLength={80}
        />
      </div>
      <TextField
        name="email"
        label={m.common.email}
        type="email"
        inputMode="email"
        required
        autoComplete="email"
        maxLength={254}
      />
      <TextField
        name="phone"
        label={m.common.phone}
        type="tel"
        inputMode="tel"
        optionalLabel={m.optional}
        autoComplete="tel"
        maxLength={25}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="city" label={m.common.city} required autoComplete="address-level2" maxLength={80} />
        <TextField
          name="state"
          label={m.common.state}
          required
          autoComplete="address-level1"
          maxLength={60}
        />
      </div>
    </Section>
  );
}

export function SpokenLanguagesFields({ rowCount, onAdd }: { rowCount: number; onAdd(): void }) {
  return (
    <Section title={m.sections.languages}>
      <RepeatableGroup
        name="languages"
        legend={m.sections.languages}
        rowCount={rowCount}
        addLabel={m.addRow}
        onAdd={onAdd}
        renderRow={(i) => (
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField
              name={`languages.${i}.name`}
              label={m.common.languageName}
              required={i === 0}
              maxLength={60}
            />
            <SelectField
              name={`languages.${i}.proficiency`}
              label={m.common.proficiency}
              options={m.options.proficiency}
              placeholder={m.errors.choose}
            />
          </div>
        )}
      />
    </Section>
  );
}

export function AvailabilityFields({ legend = m.common.availability }: { legend?: string }) {
  return (
    <Section title={m.sections.availability}>
      <TextField
        name="hoursPerMonth"
        label={m.common.hoursPerMonth}
        inputMode="numeric"
        required
        width="short"
        maxLength={3}
      />
      <ChoiceGroup name="availability" legend={legend} options={m.options.availability} multiple required />
    </Section>
  );
}

export function ClosingFields({ extra }: { extra?: ReactNode }) {
  return (
    <>
      <Section title={m.sections.more}>
        <TextField name="heardAbout" label={m.common.heardAbout} optionalLabel={m.optional} maxLength={200} />
        <TextField
          name="anythingElse"
          label={m.common.anythingElse}
          optionalLabel={m.optional}
          multiline
          maxLength={2000}
        />
      </Section>
      <Section title={m.sections.consent}>
        {extra}
        <CheckboxField name="consentContact" label={m.common.consentContact} required />
        <CheckboxField
          name="consentPrivacy"
          required
          label={
            <>
              {m.common.consentPrivacy}{" "}
              <a href="/privacy" target="_blank" rel="noopener">
                {m.common.privacyLink}
              </a>
            </>
          }
        />
      </Section>
    </>
  );
}
