import { describe, expect, it } from "vitest";
import { TemplateFormSchema, textsOf } from "./template-form";

const form = {
  id: "",
  version: "0",
  name: "Welcome",
  forStatus: "contacted",
  subject_en: "Welcome, {firstName}",
  body_en: "Thank you for signing up as a {role}.",
  subject_es: "",
  body_es: "",
};

const errorsOf = (input: Record<string, string>) => {
  const result = TemplateFormSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe("TemplateFormSchema", () => {
  it("keeps English alone when no Spanish is written", () => {
    const parsed = TemplateFormSchema.parse(form);
    expect(parsed.forStatus).toBe("contacted");
    expect(textsOf(parsed)).toEqual({
      en: { subject: "Welcome, {firstName}", body: "Thank you for signing up as a {role}." },
    });
  });

  it("refuses an unknown placeholder, and a lone brace, on the field that has it", () => {
    expect(errorsOf({ ...form, body_en: "Hola {fristName}" })).toEqual({ body_en: ["placeholder"] });
    expect(errorsOf({ ...form, subject_es: "Hola {firstName", body_es: "x" })).toEqual({
      subject_es: ["brace"],
    });
  });

  it("wants a subject and a body together in Spanish", () => {
    expect(errorsOf({ ...form, subject_es: "Bienvenida" })).toEqual({ body_es: ["pair"] });
  });

  it("requires the English text and a name", () => {
    expect(Object.keys(errorsOf({ ...form, name: " ", body_en: "" })).sort()).toEqual(["body_en", "name"]);
  });
});
