import type { QuestionView } from "./form-view";

// The HTML attributes an input gets from its question, the way the Epic Stack's
// getZodConstraint derives them: one description, never restated in the markup. A long
// answer has no maxLength, since the browser would cut a pasted text silently; it shows a
// live character count instead.

export type HtmlConstraints = {
  type?: "text" | "email" | "tel";
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric" | "email" | "tel";
  autoComplete?: string;
};

/** `isRequired` says whether the answer is required where the input stands (a group's rows). */
export function htmlConstraints(
  question: QuestionView,
  isRequired = "required" in question && question.required,
): HtmlConstraints {
  const required = isRequired || undefined;
  switch (question.kind) {
    case "text":
      return { type: "text", required, maxLength: question.max, autoComplete: question.autoComplete };
    case "email":
      return { type: "email", required, maxLength: question.max, inputMode: "email", autoComplete: "email" };
    case "phone":
      return { type: "tel", required, maxLength: question.max, inputMode: "tel", autoComplete: "tel" };
    case "number":
      return { type: "text", required, maxLength: String(question.max).length, inputMode: "numeric" };
    case "longText":
      return { required };
    default:
      return {};
  }
}
