import { describe, expect, it } from "vitest";
import { sampleFields, toEntries, type FormFields } from "../../../tests/support/signup-samples";
import { renderStaffNotification } from "../../email/templates/staff-notification";
import { getMessages } from "../../messages";
import { listAnswers } from "../answer-list";
import { fieldErrorsFrom, formDataToValues } from "../form-data";
import { ROLES, type Role } from "../options";
import { walkQuestions } from "../question-walk";
import { defineForm, question as q } from "../questions";
import { attorneyForm } from "./attorney";
import { signupForm } from "./index";
import { needsSupervision } from "./medical";

const errors = getMessages().forms.errors;
const parse = (role: Role, fields: FormFields) =>
  signupForm(role).schema.safeParse(formDataToValues(toEntries(fields)));
const errorsOf = (role: Role, fields: FormFields) => {
  const result = parse(role, fields);
  return result.success ? {} : fieldErrorsFrom(result.error.issues, errors, "en");
};
const without = (fields: FormFields, test: (key: string) => boolean) =>
  Object.fromEntries(Object.entries(fields).filter(([key]) => !test(key)));

describe.each(ROLES)("the %s form", (role) => {
  it("accepts the sample and normalises it", () => {
    const result = parse(role, { ...sampleFields(role), email: "  Ana.1@Example.COM " });
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.email).toBe("ana.1@example.com");
    expect(result.data?.consentContact).toBe(true);
  });

  it.each([
    ["email", "ana@example.com\r\nBcc: x@example.com"],
    ["email", '"ana maría"@example.com'],
    ["email", "ana(comment)@example.com"],
    ["email", "ana@example.com, bob@example.com"],
    ["firstName", "<script>alert(1)</script>"],
    ["city", "Albuquerque\nBcc"],
    ["anythingElse", '<img src=x onerror="alert(1)">'],
    ["hoursPerMonth", "ten"],
    ["hoursPerMonth", "0"],
    ["phone", "12"],
    ["firstName", ""],
    ["lastName", "x".repeat(81)],
  ])("refuses %s = %j with an error on that field", (field, value) => {
    expect(Object.keys(errorsOf(role, { ...sampleFields(role), [field]: value }))).toContain(field);
  });

  it("says what is wrong in words, with the limit", () => {
    expect(errorsOf(role, { ...sampleFields(role), lastName: "x".repeat(81) })).toEqual({
      lastName: "Use at most 80 characters.",
    });
    expect(errorsOf(role, { ...sampleFields(role), hoursPerMonth: "201" })).toEqual({
      hoursPerMonth: "Please enter a whole number from 1 to 200.",
    });
  });

  it("requires both consents", () => {
    const fields = without(sampleFields(role), (key) => key.startsWith("consent"));
    expect(errorsOf(role, fields)).toMatchObject({
      consentContact: "Please tick this box to continue.",
      consentPrivacy: "Please tick this box to continue.",
    });
  });

  it("ignores language rows left empty and needs at least one", () => {
    const fields = without(sampleFields(role), (key) => key.startsWith("languages."));
    expect(errorsOf(role, { ...fields, "languages.0.name": "" }).languages).toBe("Please add at least one.");
  });

  // Each input's limits, walked from the definition: a value at the limit is accepted and
  // one past it refused, with the error on that input.
  const inputs = walkQuestions(signupForm(role)).filter(({ question }) =>
    ["text", "longText", "number"].includes(question.kind),
  );
  it.each(inputs.map((input) => [input.path, input] as const))(
    "honours the limits of %s",
    (path, { question }) => {
      const sample = sampleFields(role);
      const filled = (value: string) => ({ ...sample, [path]: value });
      if (question.kind === "number") {
        for (const ok of [question.min, question.max])
          expect(errorsOf(role, filled(String(ok)))).not.toHaveProperty([path]);
        for (const bad of [question.min - 1, question.max + 1])
          expect(errorsOf(role, filled(String(bad)))).toHaveProperty([path]);
      } else if ("max" in question) {
        expect(errorsOf(role, filled("a".repeat(question.max)))).not.toHaveProperty([path]);
        expect(errorsOf(role, filled("a".repeat(question.max + 1)))).toHaveProperty([path]);
      }
    },
  );
});

describe("repeatable groups", () => {
  const languageRows = (count: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        [`languages.${i}.name`, `Language ${i}`],
        [`languages.${i}.proficiency`, "fluent"],
      ]).flat(),
    );
  const base = without(sampleFields("attorney"), (key) => key.startsWith("languages."));

  it("take rows up to the cap and refuse one more with an error on the group", () => {
    expect(errorsOf("attorney", { ...base, ...languageRows(12) })).toEqual({});
    expect(errorsOf("attorney", { ...base, ...languageRows(13) })).toEqual({
      languages: "Please list at most 12.",
    });
  });

  it("are read whole by the form parser, even with a forged row index", () => {
    const values = formDataToValues([
      ["languages.0.name", "Mam"],
      ["languages.5000.name", "K'iche'"],
      ["pairs.0.directions", "a_to_b"],
      ["pairs.0.directions", "b_to_a"],
    ]);
    expect(values.languages).toEqual([{ name: "Mam" }, { name: "K'iche'" }]);
    expect(values.pairs).toEqual([{ directions: ["a_to_b", "b_to_a"] }]);
  });
});

describe("role rules", () => {
  it("asks licensed attorneys for a bar admission and good standing, not students", () => {
    const fields = without(
      sampleFields("attorney"),
      (k) => k.startsWith("barAdmissions") || k === "goodStanding",
    );
    expect(errorsOf("attorney", fields)).toEqual({
      barAdmissions: "Licensed attorneys: please add at least one bar admission.",
      goodStanding: "Licensed attorneys: please confirm your good standing.",
    });
    expect(parse("attorney", { ...fields, licenceStatus: "law_student" }).success).toBe(true);
  });

  it("marks residents and associate-level licensees as needing supervision", () => {
    expect(needsSupervision({ licenceLevel: "resident" })).toBe(true);
    expect(needsSupervision({ licenceLevel: "associate" })).toBe(true);
    expect(needsSupervision({ licenceLevel: "full" })).toBe(false);
  });

  it("takes an interpreter between Mam and Spanish, with no English anywhere", () => {
    const fields = {
      ...without(sampleFields("interpreter"), (k) => k.startsWith("languages.") || k.startsWith("pairs.")),
      "languages.0.name": "Mam",
      "languages.0.dialect": "Todos Santos",
      "languages.0.spoken": "native",
      "languages.0.written": "basic",
      "pairs.0.languageA": "Mam",
      "pairs.0.languageB": "Spanish",
      "pairs.0.directions": ["a_to_b", "b_to_a"],
    };
    const result = parse("interpreter", fields);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.pairs).toEqual([
      { languageA: "Mam", languageB: "Spanish", directions: ["a_to_b", "b_to_a"] },
    ]);
  });

  it("needs a direction for each pair, and two different languages", () => {
    const fields = {
      ...sampleFields("interpreter"),
      "pairs.0.directions": [],
    };
    expect(errorsOf("interpreter", fields)).toEqual({
      "pairs.0.directions": "Please choose at least one.",
    });
    expect(
      errorsOf("interpreter", { ...sampleFields("interpreter"), "pairs.1.languageB": "spanish" }),
    ).toEqual({
      "pairs.1.languageB": "Please name two different languages.",
    });
  });
});

describe("a new question", () => {
  // A test-only form: one question added to the attorney form's description, nothing else.
  const form = defineForm("attorney", {
    ...attorneyForm.questions,
    detentionCenters: q.text({ section: "practice", label: "courts", required: false, max: 100 }),
  });
  const values = { ...sampleFields("attorney"), detentionCenters: "Otero County Processing Center" };
  const answers = form.schema.parse(formDataToValues(toEntries(values))) as Record<string, unknown>;

  it("is validated, walked, listed in the answers and in the staff email", () => {
    expect(walkQuestions(form).map((input) => input.path)).toContain("detentionCenters");
    const lines = listAnswers(form, answers, getMessages().forms);
    expect(lines.at(-1)).toEqual({
      name: "detentionCenters",
      label: "Immigration courts you can appear in",
      value: "Otero County Processing Center",
    });
    const email = renderStaffNotification({
      role: "attorney",
      name: "Ana",
      isUpdate: false,
      adminUrl: "https://volunteer.example.org/admin/signups/1",
      answers: lines,
      locale: "en",
    });
    expect(email.text).toContain("Otero County Processing Center");
    expect(
      form.schema.safeParse(formDataToValues(toEntries({ ...values, detentionCenters: "x".repeat(101) })))
        .success,
    ).toBe(false);
  });
});

describe("the answers in words", () => {
  it("lists every answer in the form's order, options and rows in words", () => {
    const form = signupForm("interpreter");
    const answers = form.schema.parse(formDataToValues(toEntries(sampleFields("interpreter"))));
    const lines = listAnswers(form, answers as Record<string, unknown>, getMessages().forms);
    expect(lines.map((line) => line.name)).toEqual(Object.keys(form.questions));
    expect(lines.find((line) => line.name === "pairs")?.value).toBe(
      "Language: K'iche'; Other language: Spanish; Directions you work in: From the first language into the other, From the other language into the first\n" +
        "Language: Spanish; Other language: English; Directions you work in: From the first language into the other",
    );
    expect(lines.find((line) => line.name === "services")?.value).toBe(
      "Consecutive interpreting, Phone or video interpreting",
    );
    expect(lines.find((line) => line.name === "phone")?.value).toBe("+1 (505) 555-0142");
  });
});
