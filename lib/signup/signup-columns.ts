import type { SignupAnswers } from "./forms";
import { needsSupervision } from "./forms/medical";
import type { Role } from "./options";

/**
 * The answers staff filter on, as columns; every answer also stays in `answers`. Languages
 * are every language a person named, lower-cased, so a filter finds an interpreter under
 * either language of any pair.
 */
export function signupColumns({ role, answers }: SignupAnswers) {
  const names =
    role === "interpreter"
      ? [
          ...answers.languages.map((language) => language.name),
          ...answers.pairs.flatMap((pair) => [pair.languageA, pair.languageB]),
        ]
      : answers.languages.map((language) => language.name);
  return {
    role: role as Role,
    firstName: answers.firstName,
    lastName: answers.lastName,
    email: answers.email,
    phone: answers.phone ?? null,
    city: answers.city,
    state: answers.state,
    languages: [...new Set(names.map((name) => name.toLowerCase()))],
    hoursPerMonth: answers.hoursPerMonth,
    availability: answers.availability,
    organization: role === "attorney" ? (answers.organization ?? null) : null,
    needsSupervision: role === "medical" ? needsSupervision(answers) : false,
  };
}
