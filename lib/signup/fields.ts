import { z } from "zod";
import { errorCode } from "./error-codes";

// Field primitives, defined once with their error codes and normalisation (trim, lower-case
// email). No server-only imports: the browser validates with the same code.

// Control characters (including CR/LF) never belong in a one-line field.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Allows line breaks and tabs for multi-line text.
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Markup is refused everywhere: "a < b" is fine, "<script" or "<img" is not.
const MARKUP = /<\s*[a-zA-Z!/?]|&#?\w+;|javascript:/i;

const text = (max: number, { multiline = false } = {}) =>
  z
    .string({ error: errorCode("invalid") })
    // Browsers send a textarea's line breaks as CRLF; store them as LF.
    .transform((value) => value.trim().replace(/\r\n?/g, "\n"))
    .refine((value) => value.length <= max, { error: errorCode("tooLong", { max }) })
    .refine((value) => !(multiline ? CONTROL_EXCEPT_NEWLINES : CONTROL).test(value), {
      error: errorCode("control"),
    })
    .refine((value) => !MARKUP.test(value), { error: errorCode("markup") });

/** A required answer. */
export const requiredText = (max: number, options: { multiline?: boolean } = {}): z.ZodType<string> =>
  text(max, options).refine((value) => value.length > 0, { error: errorCode("required") });

/** An optional answer: empty or missing becomes undefined. */
export const optionalText = (
  max: number,
  options: { multiline?: boolean } = {},
): z.ZodType<string | undefined> =>
  text(max, options)
    .optional()
    .transform((value) => (value ? value : undefined));

export const EMAIL_MAX = 254;

export const email: z.ZodType<string> = z
  .string({ error: errorCode("email") })
  .transform((value) => value.trim().toLowerCase())
  .refine((value) => value.length > 0, { error: errorCode("required") })
  .refine((value) => value.length <= EMAIL_MAX && !CONTROL.test(value), { error: errorCode("email") })
  // zod's email rule refuses quoted local parts, comments and IP literals: one plain address.
  .pipe(z.email({ error: errorCode("email") }));

export const PHONE_MAX = 25;

export const phone: z.ZodType<string | undefined> = z
  .string({ error: errorCode("phone") })
  .optional()
  .transform((value) => value?.trim() || undefined)
  .refine(
    (value) =>
      value === undefined ||
      (value.length <= PHONE_MAX && /^\+?[\d\s().-]+$/.test(value) && /\d{7}/.test(value.replace(/\D/g, ""))),
    { error: errorCode("phone") },
  );

/** A whole number typed into a text box, within bounds. */
export const wholeNumber = (min: number, max: number): z.ZodType<number> => {
  const error = errorCode("number", { min, max });
  return z
    .string({ error })
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { error: errorCode("required") })
    .refine((value) => /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max, { error })
    .transform(Number);
};

export const optionalWholeNumber = (min: number, max: number): z.ZodType<number | undefined> =>
  z
    .string({ error: errorCode("invalid") })
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(z.union([z.undefined(), wholeNumber(min, max) as z.ZodType<number, string>]));

/** One choice among fixed options (radio buttons, selects). */
export const choice = <const T extends readonly [string, ...string[]]>(options: T): z.ZodType<T[number]> =>
  z.enum(options, { error: errorCode("choose") });

/** Checkboxes: one value arrives as a string, several as an array, none as undefined. */
export const choices = <const T extends readonly [string, ...string[]]>(
  options: T,
  { min = 0 } = {},
): z.ZodType<T[number][]> =>
  z
    .preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.enum(options, { error: errorCode("invalid") }), { error: errorCode("invalid") }),
    )
    // Stored in the form's order, once each, whatever order the browser sent them in.
    .transform((values) => options.filter((option) => values.includes(option)))
    .refine((values) => values.length >= min, { error: errorCode("chooseAtLeastOne") });

/** A checkbox that must be ticked. */
export const mustAgree: z.ZodType<true> = z
  .literal("on", { error: errorCode("mustAgree") })
  .transform(() => true as const);

/** An optional checkbox. */
export const checkbox: z.ZodType<boolean> = z
  .literal("on", { error: errorCode("invalid") })
  .optional()
  .transform((value) => value === "on");

const isEmptyRow = (item: unknown) =>
  typeof item === "object" &&
  item !== null &&
  Object.values(item).every((v) => v === "" || v === undefined || (Array.isArray(v) && v.length === 0));

/** Rows of a repeatable group; rows left entirely empty are ignored. */
export const rows = <T>(row: z.ZodType<T>, { min, max }: { min: number; max: number }): z.ZodType<T[]> =>
  z
    .preprocess(
      (value) => (Array.isArray(value) ? value.filter((item) => !isEmptyRow(item)) : (value ?? [])),
      z.array(row, { error: errorCode("invalid") }),
    )
    .refine((items) => items.length >= min, { error: errorCode("addAtLeastOne") })
    .refine((items) => items.length <= max, { error: errorCode("tooMany", { max }) });
