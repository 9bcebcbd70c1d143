"use client";

import type { ReactNode } from "react";
import { format } from "@/lib/messages/format";
import { describedBy, FieldError, FieldHint } from "./field-error";
import { fieldIds, useFormApi } from "./form-context";

type RepeatableGroupProps = {
  name: string;
  legend: string;
  hint?: string;
  rowCount: number;
  /** The group's cap: at it, "Add another" is gone and the page says why. */
  max: number;
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
  max,
  onAdd,
  renderRow,
}: RepeatableGroupProps) {
  const form = useFormApi();
  const { id, errorId, hintId } = fieldIds(name);
  const error = form.errors[name];
  const capId = `${id}-cap`;
  const isAtCap = rowCount >= max;
  return (
    <fieldset
      className="mt-5"
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(hint && hintId, error && errorId, isAtCap && capId)}
    >
      <legend className="font-medium">{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      {Array.from({ length: rowCount }, (_, index) => (
        <div
          key={index}
          className="mt-3 grid gap-x-4 rounded-md border border-black/10 bg-paper p-4 sm:grid-cols-2"
          data-row={`${name}-${index}`}
        >
          {renderRow(index)}
        </div>
      ))}
      <FieldError id={errorId} message={error} />
      {isAtCap ? (
        <p id={capId} className="mt-3 text-base text-muted">
          {format(form.messages.rowCap, { max })}
        </p>
      ) : (
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
          {form.messages.addRow}
        </button>
      )}
    </fieldset>
  );
}
