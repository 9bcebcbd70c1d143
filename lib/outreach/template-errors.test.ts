import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { templateFieldErrors } from "./template-errors";

const words = en.admin.templates.errors;

describe("templateFieldErrors", () => {
  it("names the unknown placeholders in the field that has them", () => {
    expect(
      templateFieldErrors(
        { body_en: ["placeholder"] },
        { body_en: "Hi {foo} and {bar}, {firstName}" },
        words,
      ),
    ).toEqual({
      body_en:
        "Not a placeholder you can use: {foo}, {bar}. Check the spelling against the list of placeholders.",
    });
  });

  it("gives the brace, pair and length problems in words, with the limit", () => {
    expect(
      templateFieldErrors(
        { subject_es: ["brace"], body_es: ["pair"], name: ["Too small"], subject_en: ["Too big"] },
        {},
        words,
      ),
    ).toEqual({
      subject_es: "A brace has no partner: write placeholders in braces, as {firstName}.",
      body_es: "Write both a subject and a message in this language, or leave both empty.",
      name: "Give the template a name of at most 80 characters.",
      subject_en: "Write a subject of at most 150 characters.",
    });
  });

  it("leaves the hidden id and version to the form's own message", () => {
    expect(templateFieldErrors({ id: ["Invalid UUID"], version: ["Too small"] }, {}, words)).toEqual({});
  });
});
