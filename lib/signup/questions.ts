import * as z from "zod/mini";
import type { Messages } from "../messages/en";
import { errorCode, type ErrorCode } from "./error-codes";
import * as field from "./fields";
import type { Schema } from "./fields";
import { OPTION_SETS, type OptionSet, type OptionValue, type Role } from "./options";

// The kinds of question a form can ask. A form is an ordered record of questions (see
// ./forms); its schema, its inputs' HTML constraints, its answers in words and the lists the
// invalid-input tests walk are all derived from that record, never written out again.

/** A catalog entry under forms.questions: the label, and a hint when it has one. */
export type QuestionKey = keyof Messages["forms"]["questions"];
export type SectionKey = keyof Messages["forms"]["sections"];

type Common<T> = {
  label: QuestionKey;
  /** Where a form's top-level question appears; a new section starts a new card. */
  section?: SectionKey;
  /** Also stored in a column of its own, for staff to filter on (see signup-columns.ts). */
  column?: true;
  schema: Schema<T>;
};

export type TextQuestion = Common<string | undefined> & {
  kind: "text" | "longText" | "email" | "phone";
  required: boolean;
  max: number;
  autoComplete?: string;
};
export type NumberQuestion = Common<number | undefined> & {
  kind: "number";
  required: boolean;
  min: number;
  max: number;
};
export type ChoiceQuestion = Common<string> & {
  kind: "choice";
  options: OptionSet;
  /** Radio buttons, or a select where space is short (inside a row). */
  display: "radio" | "select";
};
export type ChoicesQuestion = Common<string[]> & { kind: "choices"; options: OptionSet; min: number };
export type CheckboxQuestion = Common<boolean> & {
  kind: "checkbox";
  mustAgree: boolean;
  /** A page the label links to (the privacy notice). */
  href?: string;
};
export type GroupQuestion = Common<Record<string, unknown>[]> & {
  kind: "group";
  min: number;
  /** The one cap of this group: the schema, the parser, "Add another" and the action obey it. */
  max: number;
  row: Questions;
};

export type Question =
  TextQuestion | NumberQuestion | ChoiceQuestion | ChoicesQuestion | CheckboxQuestion | GroupQuestion;
export type Questions = Record<string, Question>;

/** The answers a record of questions parses into. */
export type AnswersOf<Q extends Questions> = {
  [K in keyof Q]: Q[K]["schema"] extends Schema<infer T> ? T : never;
};

type Options = Omit<Common<never>, "schema">;
type Typed<Q extends Question, T> = Omit<Q, "schema"> & { schema: Schema<T> };

export const question = {
  /** `refuseUrls`: a name (of a person, place or language), where a web address is spam. */
  text<R extends boolean>(
    o: Options & { required: R; max: number; autoComplete?: string; refuseUrls?: true },
  ) {
    const options = { refuseUrls: o.refuseUrls };
    const schema = o.required ? field.requiredText(o.max, options) : field.optionalText(o.max, options);
    return { kind: "text", ...o, schema } as unknown as Typed<
      TextQuestion,
      R extends true ? string : string | undefined
    >;
  },
  longText(o: Options & { max: number }) {
    const schema = field.optionalText(o.max, { multiline: true });
    return { kind: "longText", required: false, ...o, schema } as Typed<TextQuestion, string | undefined>;
  },
  email(o: Options) {
    return {
      kind: "email",
      required: true,
      max: field.EMAIL_MAX,
      autoComplete: "email",
      ...o,
      schema: field.email,
    } as Typed<TextQuestion, string>;
  },
  phone(o: Options) {
    return {
      kind: "phone",
      required: false,
      max: field.PHONE_MAX,
      autoComplete: "tel",
      ...o,
      schema: field.phone,
    } as Typed<TextQuestion, string | undefined>;
  },
  number<R extends boolean>(o: Options & { required: R; min: number; max: number }) {
    const schema = o.required ? field.wholeNumber(o.min, o.max) : field.optionalWholeNumber(o.min, o.max);
    return { kind: "number", ...o, schema } as unknown as Typed<
      NumberQuestion,
      R extends true ? number : number | undefined
    >;
  },
  choice<S extends OptionSet>(o: Options & { options: S; display?: "radio" | "select" }) {
    const schema = field.choice(OPTION_SETS[o.options]);
    return { kind: "choice", display: "radio", ...o, schema } as Typed<ChoiceQuestion, OptionValue<S>>;
  },
  choices<S extends OptionSet>(o: Options & { options: S; min: number }) {
    const schema = field.choices(OPTION_SETS[o.options], { min: o.min });
    return { kind: "choices", ...o, schema } as Typed<ChoicesQuestion, OptionValue<S>[]>;
  },
  checkbox<M extends boolean>(o: Options & { mustAgree: M; href?: string }) {
    const schema = o.mustAgree ? field.mustAgree : field.checkbox;
    return { kind: "checkbox", ...o, schema } as unknown as Typed<
      CheckboxQuestion,
      M extends true ? true : boolean
    >;
  },
  group<R extends Questions>(o: Options & { min: number; max: number; row: R }) {
    const schema = field.rows(objectOf(o.row), { min: o.min, max: o.max });
    return { kind: "group", ...o, schema } as Typed<GroupQuestion, AnswersOf<R>[]> & { row: R };
  },
};

function objectOf<Q extends Questions>(questions: Q) {
  const shape = Object.fromEntries(Object.entries(questions).map(([name, q]) => [name, q.schema]));
  return z.object(shape) as unknown as z.ZodMiniType<AnswersOf<Q>, unknown>;
}

/** Reports a rule that spans several answers on one field (`path` as the form names it). */
export type RuleReport = (path: string, code: ErrorCode) => void;

export type SignupFormDefinition<Q extends Questions = Questions> = {
  role: Role;
  questions: Q;
  schema: Schema<AnswersOf<Q>>;
};

/** A form: its questions in order, and the rules that span several answers. */
export function defineForm<Q extends Questions>(
  role: Role,
  questions: Q,
  rules: (answers: AnswersOf<Q>, report: RuleReport) => void = () => {},
): SignupFormDefinition<Q> {
  const schema = objectOf(questions).check(
    z.superRefine((answers: AnswersOf<Q>, ctx) =>
      rules(answers, (path, code) =>
        ctx.addIssue({ code: "custom", path: path.split("."), message: errorCode(code) }),
      ),
    ),
  );
  return { role, questions, schema };
}
