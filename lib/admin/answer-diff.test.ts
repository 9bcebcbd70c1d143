import { describe, expect, it } from "vitest";
import { getMessages } from "../messages";
import { signupForm } from "../signup/forms";
import { answersAfterEach, diffAnswers } from "./answer-diff";

const form = signupForm("attorney");
const messages = getMessages().forms;
const answers = {
  firstName: "Ana",
  hoursPerMonth: 10,
  caseTypes: ["defensive_asylum"],
  goodStanding: true,
  anythingElse: "Weekends",
};

describe("diffAnswers", () => {
  it("lists each changed answer with its label and both values in words, in the form's order", () => {
    const after = {
      ...answers,
      anythingElse: undefined,
      caseTypes: ["defensive_asylum", "vawa"],
      hoursPerMonth: 12,
    };
    expect(diffAnswers(form, answers, after, messages)).toEqual([
      {
        name: "caseTypes",
        label: "Case types you are interested in",
        before: "Defensive asylum and removal defense",
        after: "Defensive asylum and removal defense, VAWA",
      },
      { name: "hoursPerMonth", label: "Hours per month you can give", before: "10", after: "12" },
      {
        name: "anythingElse",
        label: "Anything else you would like us to know",
        before: "Weekends",
        after: "—",
      },
    ]);
  });

  it("finds nothing when only the way an answer is stored differs, not its words", () => {
    expect(diffAnswers(form, answers, { ...answers, unknownField: "x" }, messages)).toEqual([]);
    expect(
      diffAnswers(form, { ...answers, courts: "" }, { ...answers, courts: undefined }, messages),
    ).toEqual([]);
  });
});

describe("answersAfterEach", () => {
  it("pairs each resubmission's replaced answers with what the next one replaced, the last with today's", () => {
    const first = { hoursPerMonth: 1 };
    const second = { hoursPerMonth: 2 };
    const now = { hoursPerMonth: 3 };
    expect(answersAfterEach([{ previousAnswers: first }, { previousAnswers: second }], now)).toEqual([
      { before: first, after: second },
      { before: second, after: now },
    ]);
    expect(answersAfterEach([], now)).toEqual([]);
  });
});
