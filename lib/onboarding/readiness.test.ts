import { describe, expect, it } from "vitest";
import { readiness, type Completion } from "./readiness";
import { STEPS, type StepDefinition } from "./steps";

const today = "2026-12-07";
const done = (stepKey: string, instance = "", expiresOn: string | null = null): Completion => ({
  stepKey,
  instance,
  completedOn: "2026-12-01",
  expiresOn,
});

const interpreter = {
  pairs: [
    { languageA: "Mam", languageB: "Spanish" },
    { languageA: "Spanish", languageB: "English" },
  ],
  certifications: ["ata"],
};

describe("readiness, derived from the steps done", () => {
  it("an interpreter who claims no court certification needs the orientation, the pledge and each pair assessed", () => {
    const r = readiness("interpreter", interpreter, [], today);
    expect(r.steps.map((s) => [s.step.key, s.instanceLabel])).toEqual([
      ["interpreterOrientation", undefined],
      ["confidentialityPledge", undefined],
      ["languagePairAssessed", "Mam ↔ Spanish"],
      ["languagePairAssessed", "Spanish ↔ English"],
    ]);
    expect(r).toMatchObject({ open: 4, ready: false, validUntil: null });

    const all = [
      done("interpreterOrientation"),
      done("confidentialityPledge"),
      done("languagePairAssessed", "mam ↔ spanish"),
    ];
    expect(readiness("interpreter", interpreter, all, today)).toMatchObject({ open: 1, ready: false });
    all.push(done("languagePairAssessed", "spanish ↔ english"));
    expect(readiness("interpreter", interpreter, all, today)).toMatchObject({ open: 0, ready: true });
  });

  it("asks for a court certification only when one is claimed, and stops being ready the day after it expires", () => {
    const claimed = { ...interpreter, certifications: ["court_state"] };
    const steps = [
      done("interpreterOrientation"),
      done("confidentialityPledge"),
      done("languagePairAssessed", "mam ↔ spanish"),
      done("languagePairAssessed", "spanish ↔ english"),
      done("courtCertificationVerified", "", "2026-12-31"),
    ];
    expect(readiness("interpreter", claimed, steps, "2026-12-31")).toMatchObject({
      ready: true,
      validUntil: "2026-12-31",
    });
    const after = readiness("interpreter", claimed, steps, "2027-01-01");
    expect(after).toMatchObject({ ready: false, open: 1, validUntil: null });
    expect(after.steps.find((s) => s.step.key === "courtCertificationVerified")?.state).toBe("expired");
  });

  it("asks an attorney for a mentor only when they asked for one", () => {
    const keys = (answers: Record<string, unknown>) =>
      readiness("attorney", answers, [], today).steps.map((s) => s.step.key);
    expect(keys({ wantsMentor: "yes" })).toContain("mentorAssigned");
    expect(keys({ wantsMentor: "no" })).not.toContain("mentorAssigned");
    expect(keys({ wantsMentor: "no" })).toEqual([
      "attorneyOrientation",
      "malpracticeCoverage",
      "eoirRegistration",
      "conflictCheck",
    ]);
  });

  it("takes a new step from one entry in the list", () => {
    const testOnly: StepDefinition = {
      key: "testOnlyBackgroundCheck",
      role: "medical",
      doneBy: "staff",
      records: {},
    };
    const steps = [...STEPS, testOnly];
    const before = readiness("medical", {}, [], today, steps);
    expect(before.steps.map((s) => s.step.key)).toContain("testOnlyBackgroundCheck");
    const completions = before.steps.map((s) => done(s.step.key));
    expect(readiness("medical", {}, completions.slice(0, -1), today, steps).ready).toBe(false);
    expect(readiness("medical", {}, completions, today, steps).ready).toBe(true);
  });
});

describe("the steps' words", () => {
  it("every step has a title in each catalog, and a label for what it records when it records a text", async () => {
    const { en } = await import("../messages/en");
    const { es } = await import("../messages/es");
    for (const catalog of [en, es]) {
      const words = catalog.onboarding.steps as Record<string, { title: string; text?: string }>;
      expect(Object.keys(words).sort()).toEqual(STEPS.map((s) => s.key).sort());
      for (const step of STEPS) expect(Boolean(words[step.key]!.text)).toBe(Boolean(step.records.text));
    }
  });
});
