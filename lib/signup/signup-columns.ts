import type { Role } from "./options";
import type { SignupAnswers } from "./schemas";
import { needsSupervision } from "./schemas/medical";

/** The answers staff filter on, as columns; everything else stays in `answers`. */
export function signupColumns({ role, answers }: SignupAnswers) {
  return {
    role: role as Role,
    firstName: answers.firstName,
    lastName: answers.lastName,
    email: answers.email,
    phone: answers.phone ?? null,
    city: answers.city,
    state: answers.state,
    languages: [...new Set(answers.languages.map((language) => language.name.toLowerCase()))],
    hoursPerMonth: answers.hoursPerMonth,
    availability: answers.availability,
    organization: role === "attorney" ? (answers.organization ?? null) : null,
    needsSupervision: role === "medical" ? needsSupervision(answers) : false,
  };
}
