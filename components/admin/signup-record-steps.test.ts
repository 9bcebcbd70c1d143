import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/messages/en";
import { readiness } from "@/lib/onboarding/readiness";
import type { RecordStep } from "@/lib/onboarding/record-steps";
import { RecordSteps } from "./signup-record-steps";

// The record's onboarding section as the server renders it: each step's state in words, what
// it recorded, and its form's fields (a form with no submit handler of its own: the server
// action's form posts without script, which only the app's pages can show).

const action = async () => ({ status: "ok" as const });
const TODAY = "2027-01-11";

function render(steps: RecordStep[], canChange = true) {
  return renderToStaticMarkup(
    createElement(RecordSteps, {
      signupId: "0b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a",
      steps,
      canChange,
      today: TODAY,
      titles: en.onboarding.steps,
      messages: en.admin.record,
      action,
    }),
  );
}

const medical = readiness(
  "medical",
  {},
  [
    { stepKey: "asylumEvaluationTraining", instance: "", completedOn: "2026-11-20", expiresOn: null },
    { stepKey: "licenceVerified", instance: "", completedOn: "2026-12-01", expiresOn: "2027-01-10" },
  ],
  TODAY,
).steps.map((step): RecordStep => ({
  ...step,
  value: step.step.key === "licenceVerified" ? "NM-MD-77812" : null,
  doneBy:
    step.step.key === "licenceVerified"
      ? { type: "staff", name: "Rosa Reviewer" }
      : step.completion
        ? { type: "volunteer" }
        : null,
}));

/** Every input tag with this name, for its attributes in any order. */
const inputs = (html: string, name: string) =>
  [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes(`name="${name}"`));
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the record's onboarding steps", () => {
  it("say who did each step and when, what it recorded, and that a licence expired", () => {
    const page = text(render(medical));
    expect(page).toContain(
      "Asylum evaluation training (Istanbul Protocol) Done on Nov 20, 2026 by the volunteer",
    );
    expect(page).toContain(
      "Licence verified Done on Dec 1, 2026 by Rosa Reviewer. Expired on Jan 10, 2027 State and licence number: NM-MD-77812",
    );
    expect(page).toContain("Sample affidavit reviewed Open");
  });

  it("give each step a form: the step, the day (not after today), what the step records", () => {
    const html = render(medical);
    expect(html.match(/<form/g)).toHaveLength(3);
    expect(inputs(html, "step").map((tag) => /value="(\w+)"/.exec(tag)![1])).toEqual([
      "asylumEvaluationTraining",
      "licenceVerified",
      "sampleAffidavitReviewed",
    ]);
    const days = inputs(html, "completedOn");
    expect(days).toHaveLength(3);
    for (const tag of days) expect(tag).toMatch(/type="date".*max="2027-01-11"/);
    const [expiry] = inputs(html, "expiresOn");
    expect(inputs(html, "expiresOn")).toHaveLength(1);
    expect(expiry).toMatch(/required=""/);
    expect(expiry).toContain('value="2027-01-10"');
    const [licence] = inputs(html, "value");
    expect(inputs(html, "value")).toHaveLength(1);
    expect(licence).toMatch(/required="".*maxLength="80".*value="NM-MD-77812"/);
    // Clearing: only the two steps done.
    expect(html.match(/value="clear"/g)).toHaveLength(2);
    expect(text(html)).toContain("Change what was recorded");
    expect(text(html)).toContain("Mark done");
  });

  it("offer the volunteer's own pledge to clear only, and no form on an anonymised record", () => {
    const pledge = readiness(
      "interpreter",
      { pairs: [] },
      [{ stepKey: "confidentialityPledge", instance: "", completedOn: "2026-12-02", expiresOn: null }],
      TODAY,
    )
      .steps.filter((step) => step.step.key === "confidentialityPledge")
      .map((step): RecordStep => ({ ...step, value: "2026-12", doneBy: { type: "volunteer" } }));
    const html = render(pledge);
    expect(text(html)).toContain("The volunteer does this step from their own page.");
    expect(html).not.toContain('name="completedOn"');
    expect(html).toMatch(/value="clear"/);
    expect(render(pledge, false)).not.toContain("<form");
  });
});
