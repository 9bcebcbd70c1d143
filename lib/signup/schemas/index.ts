import { AttorneySignupSchema, type AttorneySignup } from "./attorney";
import { InterpreterSignupSchema, type InterpreterSignup } from "./interpreter";
import { MedicalSignupSchema, type MedicalSignup } from "./medical";

export const SIGNUP_SCHEMAS = {
  attorney: AttorneySignupSchema,
  medical: MedicalSignupSchema,
  interpreter: InterpreterSignupSchema,
} as const;

export type SignupAnswers =
  | { role: "attorney"; answers: AttorneySignup }
  | { role: "medical"; answers: MedicalSignup }
  | { role: "interpreter"; answers: InterpreterSignup };

export { AttorneySignupSchema, InterpreterSignupSchema, MedicalSignupSchema };
