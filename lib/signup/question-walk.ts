import type { Question, SignupFormDefinition } from "./questions";

export type QuestionAt = {
  /** The input's form name: `email`, or `languages.0.name` for a group's first row. */
  path: string;
  question: Question;
  /** Whether the answer is required where the input stands. */
  isRequired: boolean;
};

/**
 * Every input of a form as it first appears: top-level questions, and for a group its first
 * row's questions (a first row is required when the group needs at least one). Tests and the
 * invalid-input generator walk this list, so a new question is covered without other edits.
 */
export function walkQuestions(form: SignupFormDefinition): QuestionAt[] {
  return Object.entries(form.questions).flatMap(([name, question]): QuestionAt[] => {
    if (question.kind !== "group") {
      return [{ path: name, question, isRequired: "required" in question && question.required }];
    }
    return Object.entries(question.row).map(([field, sub]) => ({
      path: `${name}.0.${field}`,
      question: sub,
      isRequired: question.min > 0 && "required" in sub && sub.required,
    }));
  });
}
