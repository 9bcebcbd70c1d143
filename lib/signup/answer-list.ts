import type { Messages } from "../messages/en";
import { format } from "../messages/format";
import type { Question, Questions, SignupFormDefinition } from "./questions";

// A signup's answers in words, in the form's order, with the catalog's labels: the staff
// email, the admin record and the CSV export (one column per answer) all read this. Each
// question's words are worked out once into a function (labels and option words looked up
// then), so the export can describe 100,000 signups without redoing that per answer.

export type AnswerLine = { name: string; label: string; value: string };

const NONE = "—";

type FormMessages = Messages["forms"];

/** A question's answer in words: "—" when unanswered. */
export type Describe = (value: unknown) => string;

function optionWords(
  messages: FormMessages,
  question: Question & { options: string },
): (value: unknown) => string {
  const labels = messages.options[question.options as keyof FormMessages["options"]] as Record<
    string,
    string
  >;
  return (value) => labels[String(value)] ?? String(value);
}

/** The describer of one question, with its labels and option words looked up now. */
export function answerDescriber(question: Question, messages: FormMessages): Describe {
  const words = ((): Describe => {
    switch (question.kind) {
      case "checkbox": {
        const { yes, no } = messages.options.yesNo;
        return (value) => (value ? yes : no);
      }
      case "choice":
        return optionWords(messages, question);
      case "choices": {
        const option = optionWords(messages, question);
        return (value) => {
          const values = value as unknown[];
          return values.length ? values.map(option).join(", ") : NONE;
        };
      }
      case "group": {
        const describeRow = isLanguageRow(question.row)
          ? languageDescriber(question.row, messages)
          : rowDescriber(question.row, messages);
        return (value) => {
          const rows = value as Record<string, unknown>[];
          return rows.length ? rows.map(describeRow).join("\n") : NONE;
        };
      }
      default:
        return String;
    }
  })();
  return (value) => (value === undefined || value === null || value === "" ? NONE : words(value));
}

/** A row naming a language and how well it is known (a group of languages spoken). */
function isLanguageRow(row: Questions): boolean {
  return "name" in row && ("proficiency" in row || "spoken" in row || "written" in row);
}

/** A language row as a person says it: "Mam (Todos Santos): native speaking, conversational writing". */
function languageDescriber(
  row: Questions,
  messages: FormMessages,
): (answers: Record<string, unknown>) => string {
  const levels = messages.options.proficiency as Record<string, string>;
  const level = (value: unknown) => (levels[String(value)] ?? String(value)).toLowerCase();
  const { spoken, written } = messages.languageLevels;
  return (answers) => {
    const { name, dialect, proficiency } = answers;
    const said = [
      proficiency ? level(proficiency) : "",
      answers.spoken ? format(spoken, { level: level(answers.spoken) }) : "",
      answers.written ? format(written, { level: level(answers.written) }) : "",
    ].filter(Boolean);
    const language = dialect ? `${String(name)} (${String(dialect)})` : String(name ?? "");
    return said.length ? `${language}: ${said.join(", ")}` : language;
  };
}

/** One row of a group on one line: "Language: Mam; Other language: Spanish; …". */
function rowDescriber(row: Questions, messages: FormMessages): (answers: Record<string, unknown>) => string {
  const parts = Object.entries(row).map(([name, q]) => ({
    name,
    prefix: `${messages.questions[q.label].label}: `,
    describe: answerDescriber(q, messages),
  }));
  return (answers) => {
    let line = "";
    for (const { name, prefix, describe } of parts) {
      const value = answers[name];
      if (value === undefined || value === "") continue;
      line += `${line ? "; " : ""}${prefix}${describe(value)}`;
    }
    return line;
  };
}

export function listAnswers(
  form: SignupFormDefinition,
  answers: Record<string, unknown>,
  messages: FormMessages,
): AnswerLine[] {
  return Object.entries(form.questions).map(([name, question]) => ({
    name,
    label: messages.questions[question.label].label,
    value: answerDescriber(question, messages)(answers[name]),
  }));
}
