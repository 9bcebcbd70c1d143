import { describe, expect, it } from "vitest";
import { parseSignupView } from "../admin/signup-view";
import { PIPELINE_STAGES, pipelineQuery } from "./pipeline";
import { volunteerStepKeys, volunteerStepsMissing } from "./volunteer-steps";

describe("the dashboard's links into the signups list", () => {
  it("name each stage as the list's filters do", () => {
    expect(PIPELINE_STAGES.map((stage) => pipelineQuery(stage, "medical"))).toEqual([
      "?role=medical&status=new",
      "?role=medical&status=contacted",
      "?role=medical&status=onboarding&readiness=notReady",
      "?role=medical&readiness=ready",
      "?role=medical&readiness=stalled",
      "?role=medical&readiness=expiring",
    ]);
    expect(pipelineQuery("stalled")).toBe("?readiness=stalled");
  });

  it("keep the role and status the list already reads", () => {
    const view = parseSignupView(new URLSearchParams(pipelineQuery("onboarding", "interpreter").slice(1)));
    expect(view).toMatchObject({ role: "interpreter", status: "onboarding" });
  });
});

describe("the steps a reminder lists", () => {
  it("are the volunteer's own and the trainings they register for, never staff's", () => {
    expect(volunteerStepKeys()).toEqual([
      "attorneyOrientation",
      "eoirRegistration",
      "asylumEvaluationTraining",
      "interpreterOrientation",
      "confidentialityPledge",
    ]);
    expect(volunteerStepsMissing(["conflictCheck", "eoirRegistration", "attorneyOrientation"])).toEqual([
      "attorneyOrientation",
      "eoirRegistration",
    ]);
  });
});
