import type { GroupQuestion, Question, Questions } from "./questions";

// What the browser needs to draw a form: its questions without their zod schemas. The page
// hands these down as props, so a form page's first load carries neither zod nor the other
// two forms; the schemas load when the person first focuses a field (SignupForm).

type WithoutSchema<Q> = Q extends unknown ? Omit<Q, "schema"> : never;

export interface GroupView extends Omit<GroupQuestion, "schema" | "row"> {
  row: QuestionViews;
}
export type QuestionView = WithoutSchema<Exclude<Question, GroupQuestion>> | GroupView;
export interface QuestionViews {
  [name: string]: QuestionView;
}

export function questionViews(questions: Questions): QuestionViews {
  return Object.fromEntries(Object.entries(questions).map(([name, question]) => [name, viewOf(question)]));
}

function viewOf(question: Question): QuestionView {
  if (question.kind === "group") {
    const { schema: _schema, row, ...view } = question;
    return { ...view, row: questionViews(row) };
  }
  const { schema: _schema, ...view } = question;
  return view;
}
