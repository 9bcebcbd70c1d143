"use client";

import { htmlConstraints } from "@/lib/signup/html-constraints";
import type { QuestionView } from "@/lib/signup/form-view";
import { CheckboxField } from "./checkbox-field";
import { ChoiceGroup } from "./choice-group";
import { useFormApi } from "./form-context";
import { LongTextField } from "./long-text-field";
import { RepeatableGroup } from "./repeatable-group";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

/** One question of a form definition, rendered by its kind, under its form name. */
export function QuestionField({
  question,
  name,
  isRequired,
  rowCount = 1,
  onAddRow,
}: {
  question: QuestionView;
  name: string;
  /** Inside a group's rows, whether this input must be filled where it stands. */
  isRequired?: boolean;
  rowCount?: number;
  onAddRow?(): void;
}) {
  const m = useFormApi().messages;
  const text = m.questions[question.label];
  const label = text.label;
  const hint = "hint" in text ? text.hint : undefined;
  const constraints = htmlConstraints(question, isRequired);
  const required = Boolean(constraints.required);
  switch (question.kind) {
    case "text":
    case "email":
    case "phone":
    case "number":
      return <TextField name={name} label={label} hint={hint} constraints={constraints} />;
    case "longText":
      return <LongTextField name={name} label={label} hint={hint} max={question.max} required={required} />;
    case "choice":
      return question.display === "select" ? (
        <SelectField name={name} label={label} options={m.options[question.options]} placeholder={m.choose} />
      ) : (
        <ChoiceGroup name={name} legend={label} hint={hint} options={m.options[question.options]} required />
      );
    case "choices":
      return (
        <ChoiceGroup
          name={name}
          legend={label}
          hint={hint}
          options={m.options[question.options]}
          multiple
          required={question.min > 0}
        />
      );
    case "checkbox":
      return (
        <CheckboxField
          name={name}
          required={question.mustAgree}
          label={
            "link" in text && question.href ? (
              <>
                {label}{" "}
                <a href={question.href} target="_blank" rel="noopener">
                  {text.link}
                </a>
              </>
            ) : (
              label
            )
          }
        />
      );
    case "group":
      return (
        <RepeatableGroup
          name={name}
          legend={label}
          hint={hint}
          rowCount={rowCount}
          max={question.max}
          onAdd={() => onAddRow?.()}
          renderRow={(index) =>
            Object.entries(question.row).map(([field, sub]) => (
              <QuestionField
                key={field}
                question={sub}
                name={`${name}.${index}.${field}`}
                isRequired={index === 0 && question.min > 0 && "required" in sub && sub.required}
              />
            ))
          }
        />
      );
  }
}
