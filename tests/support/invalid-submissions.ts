import fc from "fast-check";
import { signupForm } from "../../lib/signup/forms";
import type { Role } from "../../lib/signup/options";
import { walkQuestions } from "../../lib/signup/question-walk";
import { sampleFields, toEntries, type FormFields } from "./signup-samples";

// Generates signups that must all be refused: a valid sample with one to three fields broken
// at the schema's edges. Which fields are text, required, numbers or choices comes from the
// form's definition, so a new question is fuzzed without editing this file.

function fieldsOf(role: Role) {
  const inputs = walkQuestions(signupForm(role));
  const names = (test: (kind: string) => boolean) =>
    inputs.filter(({ question }) => test(question.kind)).map(({ path }) => path);
  return {
    text: names((kind) => kind === "text" || kind === "longText"),
    oneLine: names((kind) => kind === "text"),
    required: inputs
      .filter(({ isRequired, question }) =>
        isRequired || (question.kind === "checkbox" && question.mustAgree) || question.kind === "choice"
          ? true
          : question.kind === "choices" && question.min > 0,
      )
      .map(({ path }) => path),
    numbers: names((kind) => kind === "number"),
    choices: names((kind) => kind === "choice" || kind === "choices"),
  };
}

const MARKUP = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<a href='javascript:alert(1)'>x</a>",
  "javascript:alert(1)",
  "&lt;b&gt;",
  "<svg/onload=alert(1)>",
  "<!-- x -->",
];
const CONTROL = ["\u0000", "\u0007", "\u001b[31m", "\u0008", "\u007f"];
const BAD_EMAILS = [
  "ana@example.com\r\nBcc: victim@example.com",
  "ana@example.com\nX-Injected: 1",
  '"ana maria"@example.com',
  '"ana@x"@example.com',
  "ana(comment)@example.com",
  "ana@(comment)example.com",
  "Ana <ana@example.com>",
  "ana@example.com, bob@example.com",
  "ana@example",
  "@example.com",
  "ana@@example.com",
  "ana@[127.0.0.1]",
];

type Mutation = (fields: FormFields) => FormFields;
const set =
  (name: string, value: string | string[]): Mutation =>
  (f) => ({ ...f, [name]: value });
const remove =
  (name: string): Mutation =>
  (f) =>
    Object.fromEntries(Object.entries(f).filter(([k]) => k !== name));

function mutations(role: Role): fc.Arbitrary<Mutation> {
  const fields = fieldsOf(role);
  return fc.oneof(
    fc.constantFrom(...fields.required).map(remove),
    fc.constantFrom(...fields.required).map((name) => set(name, "")),
    fc
      .tuple(
        fc.constantFrom(...fields.numbers),
        fc.constantFrom("ten", "1.5", "-3", "1e3", "0x10", "999999", " "),
      )
      .map(([n, v]) => set(n, v)),
    fc
      .tuple(fc.constantFrom(...fields.choices), fc.constantFrom("not-an-option", "ATTORNEY", "__proto__"))
      .map(([n, v]) => set(n, v)),
    fc
      .tuple(
        fc.constantFrom("firstName", "city", "email", "hoursPerMonth"),
        fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 3 }),
      )
      .map(([n, v]) => set(n, v)),
    fc
      .tuple(fc.constantFrom(...fields.text, "email", "phone"), fc.integer({ min: 2001, max: 6000 }))
      .map(([n, len]) => set(n, "a".repeat(len))),
    fc
      .tuple(
        fc.constantFrom(...fields.oneLine, "email"),
        fc.constantFrom("\r\n", "\n", "\r"),
        fc.string({ maxLength: 20 }),
      )
      .map(([n, nl, s]) => set(n, `Ana${nl}Bcc: x@example.com${s}`)),
    fc
      .tuple(fc.constantFrom(...fields.text, "email"), fc.constantFrom(...CONTROL))
      .map(([n, c]) => set(n, `Ana${c}Pérez`)),
    fc
      .tuple(fc.constantFrom(...fields.text), fc.constantFrom(...MARKUP), fc.string({ maxLength: 10 }))
      .map(([n, m, s]) => set(n, `${s}${m}`)),
    fc.constantFrom(...BAD_EMAILS).map((e) => set("email", e)),
  );
}

/** `count` invalid submissions for a form, the same on every run (a fixed seed). */
export function invalidSubmissions(role: Role, count: number, seed = 20261127): [string, string][][] {
  const arbitrary = fc.array(mutations(role), { minLength: 1, maxLength: 3 });
  return fc.sample(arbitrary, { numRuns: count, seed }).map((list, i) =>
    toEntries(
      list.reduce((fields, mutate) => mutate(fields), {
        ...sampleFields(role),
        email: `fuzz.${role}.${i}@example.com`,
      } as FormFields),
    ),
  );
}
