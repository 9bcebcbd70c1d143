"use client";

import { createContext, useContext } from "react";
import type { Messages } from "@/lib/messages/en";
import type { FormValues } from "@/lib/signup/form-data";

export type FormApi = {
  values: FormValues;
  errors: Record<string, string>;
  /** The first field with an error gets focus when the page comes back from the server. */
  firstError: string | undefined;
  onBlur(name: string): void;
  /** The page's language only: the catalog itself never ships to the browser. */
  messages: Messages["forms"];
  /** The page's language ("en", "es"), choosing plural forms and writing numbers. */
  locale: string;
  /** Shown but not changed here (a volunteer's own address when they change their answers). */
  readOnly?: ReadonlySet<string>;
};

export const FormContext = createContext<FormApi | null>(null);

export function useFormApi(): FormApi {
  const api = useContext(FormContext);
  if (!api) throw new Error("Form fields must be inside a SignupForm");
  return api;
}

/** The submitted value of `languages.0.name` style names. */
export function valueAt(values: FormValues, name: string): unknown {
  return name.split(".").reduce<unknown>((node, part) => {
    if (node === null || typeof node !== "object") return undefined;
    return (node as Record<string, unknown>)[part];
  }, values);
}

export function fieldIds(name: string) {
  const id = `field-${name.replace(/\./g, "-")}`;
  return { id, errorId: `${id}-error`, hintId: `${id}-hint` };
}
