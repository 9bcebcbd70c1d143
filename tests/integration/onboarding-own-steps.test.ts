import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { completeOwnStep, listOwnSteps } from "../../lib/onboarding/own-steps";
import { PLEDGE_VERSION } from "../../lib/onboarding/steps";
import { emailTestBed } from "../support/email-test-bed";
import { volunteerSessionFor } from "../support/volunteer-session";
import { sampleSubmission, storeSignup } from "../support/signup-fixtures";

// The steps a volunteer completes on their own page (issue 23): the interpreter's pledge and
// an attorney's EOIR number, by the volunteer in the history, readiness kept; nobody else's.

const today = "2026-12-07";
const bed = emailTestBed();
let db: Db;

beforeEach(() => {
  ({ db } = bed.current());
});

const sessionFor = (email: string) => volunteerSessionFor(db, email);

describe("a volunteer's own steps", () => {
  it("an interpreter signs the pledge: its version is kept, the history says the volunteer, one step less", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("interpreter", 1));
    const session = await sessionFor("ana.1@example.com");
    const before = (await listOwnSteps(db, session, signupId, today))!;
    expect(before.steps.map((s) => [s.key, s.isTheirs])).toEqual([
      ["interpreterOrientation", false],
      ["confidentialityPledge", true],
      ["languagePairAssessed", false],
      ["languagePairAssessed", false],
      ["courtCertificationVerified", false],
    ]);

    expect(await completeOwnStep(db, session, signupId, "confidentialityPledge", {}, today)).toEqual({
      kind: "invalid",
      error: "agree",
    });
    expect(await db.onboardingStep.count()).toBe(0);
    expect(
      await completeOwnStep(db, session, signupId, "confidentialityPledge", { agree: "on" }, today),
    ).toEqual({
      kind: "done",
    });

    const [row] = await db.onboardingStep.findMany({ where: { signupId } });
    expect(row).toMatchObject({
      stepKey: "confidentialityPledge",
      value: PLEDGE_VERSION,
      byVolunteer: true,
      completedBy: null,
    });
    const signup = await db.signup.findUniqueOrThrow({ where: { id: signupId } });
    expect(signup.stepsOpen).toBe(4);
    expect(signup.stepsMissing).toEqual([
      "interpreterOrientation",
      "languagePairAssessed",
      "courtCertificationVerified",
    ]);
    expect(signup.lastStepAt).not.toBeNull();
    const events = await db.signupEvent.findMany({ where: { signupId, kind: "step_completed" } });
    expect(events.map((e) => [e.actorId, e.detail])).toEqual([
      [null, { step: "confidentialityPledge", instance: "", byVolunteer: true }],
    ]);
    const after = (await listOwnSteps(db, session, signupId, today))!;
    expect(after.steps[1]).toMatchObject({ state: "done", completedOn: today, isTheirs: false });
  });

  it("an attorney records their EOIR number; staff's steps, another role's and another person's are refused", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("attorney", 2));
    const { signupId: theirs } = await storeSignup(db, sampleSubmission("attorney", 3));
    const session = await sessionFor("ana.2@example.com");

    expect(await completeOwnStep(db, session, signupId, "eoirRegistration", { value: "  " }, today)).toEqual({
      kind: "invalid",
      error: "missing",
    });
    expect(
      await completeOwnStep(db, session, signupId, "eoirRegistration", { value: "x".repeat(41) }, today),
    ).toEqual({
      kind: "invalid",
      error: "tooLong",
    });
    for (const [id, step] of [
      [signupId, "conflictCheck"],
      [signupId, "confidentialityPledge"],
      [signupId, "no-such-step"],
      [theirs, "eoirRegistration"],
    ] as const) {
      expect(await completeOwnStep(db, session, id, step, { value: "EOIR-1", agree: "on" }, today)).toEqual({
        kind: "not_found",
      });
    }
    expect(await db.onboardingStep.count()).toBe(0);
    expect(await listOwnSteps(db, session, theirs, today)).toBeNull();

    expect(
      await completeOwnStep(db, session, signupId, "eoirRegistration", { value: " EOIR-7788 " }, today),
    ).toEqual({
      kind: "done",
    });
    expect((await db.onboardingStep.findFirstOrThrow({ where: { signupId } })).value).toBe("EOIR-7788");
  });
});
