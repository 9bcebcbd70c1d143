import { describe, expect, it } from "vitest";
import { sampleFields, toEntries } from "../../tests/support/signup-samples";
import { answerValues } from "./answer-values";
import { formDataToValues } from "./form-data";
import { signupForm } from "./forms";
import { ROLES } from "./options";

describe("stored answers shown again in their form", () => {
  it.each(ROLES)("%s: the values parse back to the very same answers", (role) => {
    const form = signupForm(role);
    const answers = form.schema.parse(formDataToValues(toEntries(sampleFields(role))));
    const values = answerValues(form.questions, answers as Record<string, unknown>);
    expect(form.schema.parse(values)).toEqual(answers);
  });

  it("writes numbers and ticked boxes as the browser posts them, and leaves out what was not answered", () => {
    const form = signupForm("medical");
    const answers = form.schema.parse(formDataToValues(toEntries(sampleFields("medical"))));
    const values = answerValues(form.questions, { ...answers, phone: undefined } as Record<string, unknown>);
    expect(values.hoursPerMonth).toBe(String(answers.hoursPerMonth));
    expect(Object.values(values)).toContain("on");
    expect(values).not.toHaveProperty("phone");
  });
});
