import { describe, expect, it } from "vitest";
import { sampleFields, toEntries } from "../../../tests/support/signup-samples";
import { fieldErrorsFrom, formDataToValues } from "../form-data";
import { ROLES } from "../options";
import { SIGNUP_SCHEMAS } from "./index";
import { needsSupervision } from "./medical";

const parse = (role: (typeof ROLES)[number], fields: Record<string, string | string[]>) =>
  SIGNUP_SCHEMAS[role].safeParse(formDataToValues(toEntries(fields)));

describe.each(ROLES)("the %s schema", (role) => {
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
    const result = parse(role, { ...sampleFields(role), [field]: value });
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrorsFrom(result.error!.issues))).toContain(field);
  });

  it("requires both consents", () => {
    const { consentContact: _c, consentPrivacy: _p, ...rest } = sampleFields(role);
    const errors = fieldErrorsFrom(parse(role, rest).error!.issues);
    expect(errors).toMatchObject({ consentContact: expect.any(String), consentPrivacy: expect.any(String) });
  });

  it("ignores language rows left empty and needs at least one", () => {
    const fields = Object.fromEntries(
      Object.entries(sampleFields(role)).filter(([k]) => !k.startsWith("languages.")),
    );
    const errors = fieldErrorsFrom(parse(role, { ...fields, "languages.0.name": "" }).error!.issues);
    expect(errors.languages).toBe("Please add at least one.");
  });
});

describe("role rules", () => {
  it("asks licensed attorneys for a bar admission and good standing, not students", () => {
    const fields = Object.fromEntries(
      Object.entries(sampleFields("attorney")).filter(
        ([k]) => !k.startsWith("barAdmissions") && k !== "goodStanding",
      ),
    );
    expect(Object.keys(fieldErrorsFrom(parse("attorney", fields).error!.issues))).toEqual([
      "barAdmissions",
      "goodStanding",
    ]);
    expect(parse("attorney", { ...fields, licenceStatus: "law_student" }).success).toBe(true);
  });

  it("marks residents and associate-level licensees as needing supervision", () => {
    expect(needsSupervision({ licenceLevel: "resident" })).toBe(true);
    expect(needsSupervision({ licenceLevel: "associate" })).toBe(true);
    expect(needsSupervision({ licenceLevel: "full" })).toBe(false);
  });

  it("takes Indigenous languages as free entries and needs a direction for each", () => {
    const ok = parse("interpreter", { ...sampleFields("interpreter"), "languages.0.name": "Q'anjob'al" });
    expect(ok.data?.languages[0]?.name).toBe("Q'anjob'al");
    const { "languages.1.outOfEnglish": _d, ...noDirection } = sampleFields("interpreter");
    expect(fieldErrorsFrom(parse("interpreter", noDirection).error!.issues)).toHaveProperty([
      "languages.1.intoEnglish",
    ]);
  });
});
