import * as z from "zod/mini";
import { errorCode } from "./error-codes";

// Field primitives, defined once with their error codes and normalisation (trim, lower-case
// email). No server-only imports: the browser validates with the same code. zod/mini rather
// than zod: the same engine, but tree-shaken, so the form pages ship a fraction of it.

/** A schema producing T from whatever the form sent. */
export type Schema<T> = z.ZodMiniType<T, unknown>;

// Control characters (including CR/LF) never belong in a one-line field.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Allows line breaks and tabs for multi-line text.
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Markup is refused everywhere: "a < b" is fine, "<script" or "<img" is not.
const MARKUP = /<\s*[a-zA-Z!/?]|&#?\w+;|javascript:/i;

// A web address where a name belongs: a scheme, "www.", a host with a path, or a host name
// ending in a top-level domain that spam uses. Names such as "St. John", "J.R." or
// "Mary-Jo" are none of these. Checked everywhere a name could reach an email.
const WEB_ADDRESS =
  /[a-z][a-z\d+.-]*:\/\/|\bwww\d*\.|[a-z\d-]+\.[a-z]{2,}\/|[a-z\d-]\.(?:com|net|org|info|biz|io|co|me|ly|xyz|top|ru|cn|online|site|app|link|click|shop|store|live|uk)\b/i;

export type TextOptions = { multiline?: boolean; refuseUrls?: boolean };

const text = (max: number, { multiline = false, refuseUrls = false }: TextOptions = {}) =>
  z
    .pipe(
      z.string({ error: errorCode("invalid") }),
      // Browsers send a textarea's line breaks as CRLF; store them as LF.
      z.transform((value: string) => value.trim().replace(/\r\n?/g, "\n")),
    )
    .check(
      z.refine((value: string) => value.length <= max, { error: errorCode("tooLong", { count: max }) }),
      z.refine((value: string) => !(multiline ? CONTROL_EXCEPT_NEWLINES : CONTROL).test(value), {
        error: errorCode("control"),
      }),
      z.refine((value: string) => !MARKUP.test(value), { error: errorCode("markup") }),
      z.refine((value: string) => !refuseUrls || !WEB_ADDRESS.test(value), { error: errorCode("url") }),
    );

/** A required answer. */
export const requiredText = (max: number, options: TextOptions = {}): Schema<string> =>
  text(max, options).check(z.refine((value: string) => value.length > 0, { error: errorCode("required") }));

/** An optional answer: empty or missing becomes undefined. */
export const optionalText = (max: number, options: TextOptions = {}): Schema<string | undefined> =>
  z.pipe(
    z.optional(text(max, options)),
    z.transform((value: string | undefined) => (value ? value : undefined)),
  );

export const EMAIL_MAX = 254;

export const email: Schema<string> = z.pipe(
  z
    .pipe(
      z.string({ error: errorCode("email") }),
      z.transform((value: string) => value.trim().toLowerCase()),
    )
    .check(
      z.refine((value: string) => value.length > 0, { error: errorCode("required"), abort: true }),
      z.refine((value: string) => value.length <= EMAIL_MAX && !CONTROL.test(value), {
        error: errorCode("email"),
        abort: true,
      }),
    ),
  // zod's email rule refuses quoted local parts, comments and IP literals: one plain address.
  z.email({ error: errorCode("email") }),
);

export const PHONE_MAX = 25;

export const phone: Schema<string | undefined> = z
  .pipe(
    z.optional(z.string({ error: errorCode("phone") })),
    z.transform((value: string | undefined) => value?.trim() || undefined),
  )
  .check(
    z.refine(
      (value: string | undefined) =>
        value === undefined ||
        (value.length <= PHONE_MAX &&
          /^\+?[\d\s().-]+$/.test(value) &&
          /\d{7}/.test(value.replace(/\D/g, ""))),
      { error: errorCode("phone") },
    ),
  );

/** A whole number typed into a text box, within bounds. */
export const wholeNumber = (min: number, max: number): Schema<number> => {
  const error = errorCode("number", { min, max });
  return z.pipe(
    z
      .pipe(
        z.string({ error }),
        z.transform((value: string) => value.trim()),
      )
      .check(
        z.refine((value: string) => value.length > 0, { error: errorCode("required"), abort: true }),
        z.refine((value: string) => /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max, {
          error,
        }),
      ),
    z.transform(Number),
  );
};

export const optionalWholeNumber = (min: number, max: number): Schema<number | undefined> =>
  z.pipe(
    z.pipe(
      z.optional(z.string({ error: errorCode("invalid") })),
      z.transform((value: string | undefined) => value?.trim() || undefined),
    ),
    z.union([z.undefined(), wholeNumber(min, max) as z.ZodMiniType<number, string>]),
  );

/** One choice among fixed options (radio buttons, selects). */
export const choice = <const T extends readonly [string, ...string[]]>(options: T): Schema<T[number]> =>
  z.enum(options, { error: errorCode("choose") }) as unknown as Schema<T[number]>;

/** Checkboxes: one value arrives as a string, several as an array, none as undefined. */
export const choices = <const T extends readonly [string, ...string[]]>(
  options: T,
  { min = 0 } = {},
): Schema<T[number][]> =>
  z
    .pipe(
      z.pipe(
        z.transform((value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
        z.array(z.enum(options, { error: errorCode("invalid") }), { error: errorCode("invalid") }),
      ),
      // Stored in the form's order, once each, whatever order the browser sent them in.
      z.transform((values: string[]) => options.filter((option) => values.includes(option))),
    )
    .check(
      z.refine((values: string[]) => values.length >= min, { error: errorCode("chooseAtLeastOne") }),
    ) as unknown as Schema<T[number][]>;

/** A checkbox that must be ticked. */
export const mustAgree: Schema<true> = z.pipe(
  z.literal("on", { error: errorCode("mustAgree") }),
  z.transform(() => true as const),
);

/** An optional checkbox. */
export const checkbox: Schema<boolean> = z.pipe(
  z.optional(z.literal("on", { error: errorCode("invalid") })),
  z.transform((value: "on" | undefined) => value === "on"),
);

const isEmptyRow = (item: unknown) =>
  typeof item === "object" &&
  item !== null &&
  Object.values(item).every((v) => v === "" || v === undefined || (Array.isArray(v) && v.length === 0));

/** Rows of a repeatable group; rows left entirely empty are ignored. */
export const rows = <T>(row: Schema<T>, { min, max }: { min: number; max: number }): Schema<T[]> =>
  z
    .pipe(
      z.transform((value: unknown) =>
        Array.isArray(value) ? value.filter((item) => !isEmptyRow(item)) : (value ?? []),
      ),
      z.array(row, { error: errorCode("invalid") }),
    )
    .check(
      z.refine((items: T[]) => items.length >= min, { error: errorCode("addAtLeastOne") }),
      z.refine((items: T[]) => items.length <= max, { error: errorCode("tooMany", { max }) }),
    ) as unknown as Schema<T[]>;
