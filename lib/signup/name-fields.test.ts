import { describe, expect, it } from "vitest";
import { sampleFields, toEntries } from "../../tests/support/signup-samples";
import { getMessages } from "../messages";
import { requiredText } from "./fields";
import { fieldErrorsFrom, formDataToValues } from "./form-data";
import { ROLES } from "./options";
import { signupForm } from "./forms";

// Names reach emails (the volunteer's greeting, the staff subject): a web address typed into
// one would turn the form into a way to mail links to strangers.

const name = requiredText(80, { refuseUrls: true });
const errors = getMessages().forms.errors;

describe("a name field", () => {
  it.each([
    "https://spam.example/offer",
    "Visit http://x.io",
    "hxxp://evil.example",
    "www.cheap-meds.example",
    "Ana WWW2.example",
    "bit.ly/abc",
    "cheap-meds.com",
    "Ana (example.net)",
    "CLICK.XYZ now",
    "t.me",
    "ftp://files",
  ])("refuses the web address in %j", (value) => {
    const result = name.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain("url");
  });

  it.each([
    "Ana",
    "St. John",
    "J.R.",
    "Mary-Jo O'Neil",
    "María de la Cruz",
    "Ma. de los Ángeles",
    "St.Louis",
    "Nguyễn Văn A.",
    "Dr. Chinwe Okafor, M.D.",
    "Las Cruces",
    "K'iche'",
  ])("accepts the name %j", (value) => {
    expect(name.safeParse(value)).toEqual({ success: true, data: value });
  });

  it("is refused only where the question says so", () => {
    expect(requiredText(80).safeParse("example.com").success).toBe(true);
  });
});

describe.each(ROLES)("the %s form's names", (role) => {
  it.each(["firstName", "lastName", "city", "state", "languages.0.name"])(
    "refuses a web address in %s, in words",
    (field) => {
      const values = formDataToValues(toEntries({ ...sampleFields(role), [field]: "www.example.org" }));
      const result = signupForm(role).schema.safeParse(values);
      expect(result.success).toBe(false);
      expect(fieldErrorsFrom(result.error!.issues, errors, "en")).toEqual({
        [field]: "Please remove the web address: a name cannot contain one.",
      });
    },
  );

  it("accepts a web address where one is not a name (anything else)", () => {
    const values = formDataToValues(
      toEntries({ ...sampleFields(role), anythingElse: "My profile: https://example.org/me" }),
    );
    expect(signupForm(role).schema.safeParse(values).success).toBe(true);
  });
});
