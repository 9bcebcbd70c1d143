import { z } from "zod";
import { getMessages } from "../messages";

// Field primitives, defined once with their messages and normalisation (trim, lower-case
// email). No server-only imports: the browser validates with the same code.

const errors = getMessages().forms.errors;

// Control characters (including CR/LF) never belong in a one-line field.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Allows line breaks and tabs for multi-line text.
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Markup is refused everywhere: "a < b" is fine, "<script" or "<img" is not.
const MARKUP = /<\s*[a-zA-Z!/?]|&#?\w+;|javascript:/i;

const text = (max: number, { multiline = false } = {}) =>
  z
    .string({ error: errors.invalid })
    // Browsers send a textarea's line breaks as CRLF; store them as LF.
    .transform((value) => value.trim().replace(/\r\n?/g, "\n"))
    .refine((value) => value.length <= max, { error: errors.tooLong.replace("{max}", String(max)) })
    .refine((value) => !(multiline ? CONTROL_EXCEPT_NEWLINES : CONTROL).test(value), {
      error: errors.control,
    })
    .refine((value) => !MARKUP.test(value), { error: errors.markup });

/** A required single-line answer. */
export const requiredText = (max = 120) =>
  text(max).refine((value) => value.length > 0, { error: errors.required });

/** An optional answer: empty or missing becomes undefined. */
export const optionalText = (max = 120, options: { multiline?: boolean } = {}) =>
  text(max, options)
    .optional()
    .transform((value) => (value ? value : undefined));

export const personName = requiredText(80);

export const email = z
  .string({ error: errors.email })
  .transform((value) => value.trim().toLowerCase())
  .refine((value) => value.length > 0, { error: errors.required })
  .refine((value) => value.length <= 254 && !CONTROL.test(value), { error: errors.email })
  // zod's email rule refuses quoted local parts, comments and IP literals: one plain address.
  .pipe(z.email({ error: errors.email }));

export const phone = z
  .string({ error: errors.phone })
  .optional()
  .transform((value) => value?.trim() || undefined)
  .refine(
    (value) =>
      value === undefined || (/^\+?[\d\s().-]{7,25}$/.test(value) && /\d{7}/.test(value.replace(/\D/g, ""))),
    {
      error: errors.phone,
    },
  );

/** A whole number typed into a text box, within bounds. */
export const wholeNumber = (min: number, max: number) =>
  z
    .string({ error: errors.number.replace("{min}", String(min)).replace("{max}", String(max)) })
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { error: errors.required })
    .refine((value) => /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max, {
      error: errors.number.replace("{min}", String(min)).replace("{max}", String(max)),
    })
    .transform(Number);

export const optionalWholeNumber = (min: number, max: number) =>
  z
    .string({ error: errors.invalid })
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(z.union([z.undefined(), wholeNumber(min, max)]));

/** One choice among fixed options (radio buttons, selects). */
export const choice = <const T extends readonly [string, ...string[]]>(options: T) =>
  z.enum(options, { error: errors.choose });

/** Checkboxes: one value arrives as a string, several as an array, none as undefined. */
export const choices = <const T extends readonly [string, ...string[]]>(options: T, { min = 0 } = {}) =>
  z
    .preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.enum(options, { error: errors.invalid }), { error: errors.invalid }),
    )
    // Stored in the form's order, once each, whatever order the browser sent them in.
    .transform((values) => options.filter((option) => values.includes(option)) as unknown as T[number][])
    .refine((values) => values.length >= min, { error: errors.chooseAtLeastOne });

/** A checkbox that must be ticked. */
export const mustAgree = z.literal("on", { error: errors.mustAgree }).transform(() => true as const);

/** An optional checkbox. */
export const checkbox = z
  .literal("on", { error: errors.invalid })
  .optional()
  .transform((value) => value === "on");

/** Rows of a repeatable group; rows left entirely empty are ignored. */
export const rows = <T extends z.ZodType>(row: T, { min = 0, max = 20 } = {}) =>
  z
    .preprocess(
      (value) =>
        Array.isArray(value)
          ? value.filter(
              (item) =>
                typeof item !== "object" ||
                item === null ||
                Object.values(item).some((v) => v !== "" && v !== undefined),
            )
          : value === undefined
            ? []
            : value,
      z.array(row, { error: errors.invalid }),
    )
    .refine((items) => items.length >= min, { error: errors.addAtLeastOne })
    .refine((items) => items.length <= max, { error: errors.tooMany.replace("{max}", String(max)) });
