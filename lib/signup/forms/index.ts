import type { Role } from "../options";
import type { AnswersOf, SignupFormDefinition } from "../questions";
import { attorneyForm } from "./attorney";
import { interpreterForm } from "./interpreter";
import { medicalForm, type MedicalAnswers } from "./medical";

export const SIGNUP_FORMS = {
  attorney: attorneyForm,
  medical: medicalForm,
  interpreter: interpreterForm,
} as const satisfies Record<Role, SignupFormDefinition>;

export type { MedicalAnswers };
export type AttorneyAnswers = AnswersOf<typeof attorneyForm.questions>;
export type InterpreterAnswers = AnswersOf<typeof interpreterForm.questions>;

export type SignupAnswers =
  | { role: "attorney"; answers: AttorneyAnswers }
  | { role: "medical"; answers: MedicalAnswers }
  | { role: "interpreter"; answers: InterpreterAnswers };

/** A form's definition when the role is only known at run time. */
export function signupForm(role: Role): SignupFormDefinition {
  return SIGNUP_FORMS[role] as unknown as SignupFormDefinition;
}
