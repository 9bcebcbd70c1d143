import type { Messages } from "../messages/en";
import { listAnswers } from "../signup/answer-list";
import type { SignupFormDefinition } from "../signup/questions";

// What a resubmission changed: each answer whose words differ, with its label, in the form's
// order. Compared as staff read them (listAnswers), so a change they could not see is none.

export type AnswerChange = { name: string; label: string; before: string; after: string };

type Answers = Record<string, unknown>;

export function diffAnswers(
  form: SignupFormDefinition,
  before: Answers,
  after: Answers,
  messages: Messages["forms"],
): AnswerChange[] {
  const old = new Map(listAnswers(form, before, messages).map((line) => [line.name, line.value]));
  return listAnswers(form, after, messages)
    .filter((line) => old.get(line.name) !== line.value)
    .map((line) => ({ name: line.name, label: line.label, before: old.get(line.name)!, after: line.value }));
}

/**
 * The answers each resubmission left behind. An 'updated' event keeps the answers it replaced;
 * what it stored is what the next resubmission replaced, or, for the last one, the answers now.
 */
export function answersAfterEach(
  updates: { previousAnswers: Answers }[],
  current: Answers,
): { before: Answers; after: Answers }[] {
  return updates.map((update, i) => ({
    before: update.previousAnswers,
    after: updates[i + 1]?.previousAnswers ?? current,
  }));
}
