import type { SignupAnswers } from "./forms";
import { needsSupervision } from "./forms/medical";
import { languageKeys } from "./language-key";
import type { Role } from "./options";

/** A column's value, as `signupColumns` gives it. */
export type ColumnValue = string | number | boolean | string[] | null;

/**
 * The column a field of `model Signup` is stored in, its name in snake_case (`hoursPerMonth` →
 * `hours_per_month`, as its `@map` says): submit_signup() stores each value under it.
 */
export function columnName(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * The answers staff filter on, as columns; every answer also stays in `answers`. Languages
 * are every language a person named, lower-cased, so a filter finds an interpreter under
 * either language of any pair. Each key is a field of `model Signup` (prisma/schema.prisma):
 * submit_signup() stores a new one with no change of its own (README, "Adding a question").
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
    languageKeys: languageKeys(names),
    hoursPerMonth: answers.hoursPerMonth,
    availability: answers.availability,
    organization: role === "attorney" ? (answers.organization ?? null) : null,
    needsSupervision: role === "medical" ? needsSupervision(answers) : false,
  };
}
