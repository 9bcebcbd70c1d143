import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleFields, toEntries } from "../../tests/support/signup-samples";
import { formDataToValues } from "./form-data";
import { signupForm, type SignupAnswers } from "./forms";
import { ROLES } from "./options";
import { columnName, signupColumns } from "./signup-columns";

// submit_signup() stores each value signupColumns() returns in the column `columnName` names,
// so every key must be a field of `model Signup` whose column is that name.

/** `model Signup`'s fields and the columns they are stored in (`@map`, or the field's own name). */
function signupModelColumns(): Record<string, string> {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const model = /model Signup \{\n([\s\S]*?)\n\}/.exec(schema)![1]!;
  return Object.fromEntries(
    model
      .split("\n")
      .map((line) => /^\s+(\w+)\s+\S+(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, field, rest]) => [field!, /@map\("(\w+)"\)/.exec(rest!)?.[1] ?? field!]),
  );
}

describe("signupColumns", () => {
  it.each(ROLES)("names, for a %s, fields of model Signup stored under their snake_case names", (role) => {
    const answers = signupForm(role).schema.parse(formDataToValues(toEntries(sampleFields(role))));
    const fields = Object.keys(signupColumns({ role, answers } as unknown as SignupAnswers));
    const columns = signupModelColumns();
    expect(fields.map((field) => [field, columnName(field)])).toEqual(
      fields.map((field) => [field, columns[field]]),
    );
    expect(columns).toMatchObject({
      hoursPerMonth: "hours_per_month",
      needsSupervision: "needs_supervision",
    });
  });
});
