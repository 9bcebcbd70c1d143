import { describe, expect, it } from "vitest";
import { stepFormErrors, stepFormSchema } from "./step-form";

const today = "2026-12-07";
const signupId = "0b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a";
const parse = (fields: Record<string, string>) => stepFormSchema(today).safeParse({ signupId, ...fields });
const errorsOf = (fields: Record<string, string>) => {
  const result = parse(fields);
  return result.success ? {} : stepFormErrors(result.error.issues);
};

describe("the record's step form", () => {
  it("marks a step done today when no day is given, and drops what the step does not record", () => {
    const result = parse({
      step: "conflictCheck",
      completedOn: "",
      expiresOn: "2027-01-01",
      value: "a note",
    });
    expect(result.success && result.data).toEqual({
      signupId,
      step: "conflictCheck",
      instance: "",
      intent: "save",
      completedOn: "2026-12-07",
      expiresOn: null,
      value: null,
    });
  });

  it("keeps a licence's number and expiry, trimmed", () => {
    const result = parse({
      step: "licenceVerified",
      completedOn: "2026-11-30",
      expiresOn: "2028-06-30",
      value: "  NM 12345 ",
    });
    expect(result.success && result.data).toMatchObject({
      completedOn: "2026-11-30",
      expiresOn: "2028-06-30",
      value: "NM 12345",
    });
  });

  it("refuses a licence without its number or expiry", () => {
    expect(errorsOf({ step: "licenceVerified", value: " " })).toEqual({
      expiresOn: "required",
      value: "required",
    });
  });

  it("refuses a day that is not one, a day after today, and an expiry before the day it was done", () => {
    expect(errorsOf({ step: "conflictCheck", completedOn: "2026-02-30" })).toEqual({
      completedOn: "notADay",
    });
    expect(errorsOf({ step: "conflictCheck", completedOn: "2026-12-08" })).toEqual({ completedOn: "future" });
    expect(
      errorsOf({ step: "licenceVerified", completedOn: "2026-12-01", expiresOn: "2026-11-30", value: "x" }),
    ).toEqual({ expiresOn: "beforeDone" });
    expect(errorsOf({ step: "licenceVerified", expiresOn: "2027-13-01", value: "x" })).toEqual({
      expiresOn: "notADay",
    });
  });

  it("refuses a text over the step's own limit (EOIR: 40 characters)", () => {
    expect(errorsOf({ step: "eoirRegistration", value: "A".repeat(41) })).toEqual({ value: "tooLong" });
    expect(parse({ step: "eoirRegistration", value: "A".repeat(40) }).success).toBe(true);
  });

  it("takes an optional note empty (a language pair's assessment)", () => {
    const result = parse({ step: "languagePairAssessed", instance: "mam ↔ spanish", value: "" });
    expect(result.success && result.data).toMatchObject({ instance: "mam ↔ spanish", value: null });
  });

  it("clears a step whatever its fields hold, and refuses an unknown step", () => {
    expect(parse({ step: "licenceVerified", intent: "clear", completedOn: "tomorrow" }).success).toBe(true);
    expect(parse({ step: "noSuchStep" }).success).toBe(false);
    expect(parse({ step: "conflictCheck", intent: "finish" }).success).toBe(false);
  });
});
