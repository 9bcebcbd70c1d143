"use client";

import type { ReactNode } from "react";
import { FieldError } from "./field-error";
import { fieldIds, useFormApi } from "./form-context";

type RepeatableGroupProps = {
  name: "languages" | "barAdmissions";
  legend: string;
  hint?: string;
  rowCount: number;
  addLabel: string;
  onAdd(): void;
  renderRow(index: number): ReactNode;
};

/**
 * Rows of related fields. "Add another" is a submit button: without JavaScript it posts the
 * form and the server answers with one more row; with JavaScript the row appears at once.
 */
export function RepeatableGroup({
  name,
  legend,
  hint,
  rowCount,
  addLabel,
  onAdd,
  renderRow,
}: RepeatableGroupProps) {
  const form = useFormApi();
  const { id, errorId, hintId } = fieldIds(name);
  const error = form.errors[name];
  return (
    <fieldset
      className="mt-5"
      id={id}
      tabIndex={-1}
      aria-describedby={[hint ? hintId : "", error ? errorId : ""].join(" ").trim() || undefined}
    >
      <legend className="font-medium">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      {Array.from({ length: rowCount }, (_, index) => (
        <div
          key={index}
          className="mt-3 rounded-md border border-black/10 bg-paper p-4"
          data-row={`${name}-${index}`}
        >
          {renderRow(index)}
        </div>
      ))}
      <FieldError id={errorId} message={error} />
      <button
        type="submit"
        name="intent"
        value={`add:${name}`}
        formNoValidate
        onClick={(event) => {
          event.preventDefault();
          onAdd();
        }}
        className="mt-3 rounded-md border border-brand px-3 py-2 font-semibold text-brand"
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
