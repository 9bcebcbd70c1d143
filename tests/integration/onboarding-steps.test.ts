import { beforeAll, describe, expect, it } from "vitest";
import { exportSignups } from "../../lib/admin/signup-export";
import { signupConditions } from "../../lib/admin/signup-filter";
import { listHistory } from "../../lib/admin/signup-history";
import { listSignups } from "../../lib/admin/signup-list";
import { parseSignupView } from "../../lib/admin/signup-view";
import { AccessError } from "../../lib/auth/errors";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { Prisma } from "../../lib/generated/prisma/client";
import { getMessages, getStaffMessages } from "../../lib/messages";
import { listRecordSteps } from "../../lib/onboarding/record-steps";
import { changeStep } from "../../lib/onboarding/step-changes";
import { stepFormErrors, stepFormSchema } from "../../lib/onboarding/step-form";
import { refreshReadiness } from "../../lib/onboarding/summary";
import { parseEnv } from "../../lib/config/env-schema";
import { createFormToken } from "../../lib/security/form-token";
import { anonymiseSignupRows } from "../../lib/signup/anonymise";
import { formDataToValues } from "../../lib/signup/form-data";
import { handleSignupSubmission } from "../../lib/signup/handle-submission";
import { confirmProposal } from "../../lib/signup/signup-proposals";
import { openVolunteerLink } from "../../lib/volunteer-access/open-link";
import { changeOwnAnswers } from "../../lib/volunteer-access/own-changes";
import { readVolunteerSession } from "../../lib/volunteer-access/session";
import { hashToken, mintToken } from "../../lib/volunteer-access/tokens";
import { readCsv } from "../support/csv";
import { sampleFields, toEntries } from "../support/signup-samples";
import { seedSignup, signedInStaff } from "../support/list-signups";
import {
  latestProposalToken,
  sampleSubmission,
  storeSignup,
  TEST_EMAIL_ENV,
} from "../support/signup-fixtures";
import { callServer, createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";

// Staff marking a volunteer's onboarding steps done, changing and clearing them, against real
// PostgreSQL: each change with its history event and audit entry (the step, never its text),
// the stored readiness kept fresh, and the list's readiness filters and the CSV reading it.

const current = staffAuthDatabase();
const TZ = "America/Denver";
const TODAY = "2026-12-07";
/** Noon of TODAY in Denver. */
const NOW = new Date("2026-12-07T19:00:00Z");
const LATER = (day: string) => new Date(`${day}T19:00:00Z`);
let db: Db;
let rosa: StaffContext;
let n = 0;

const form = (signupId: string, fields: Record<string, string>, today = TODAY) =>
  stepFormSchema(today).parse({ signupId, ...fields });
const newSignup = async (role: "attorney" | "medical" | "interpreter", fields: Record<string, string> = {}) =>
  (await storeSignup(db, sampleSubmission(role, ++n, fields))).signupId;
const stored = (id: string) =>
  db.signup.findUniqueOrThrow({
    where: { id },
    select: { stepsOpen: true, stepsMissing: true, firstExpiry: true, lastStepAt: true },
  });

/** The ids a list view's conditions select, on the day `now` is in (the list's own SQL). */
async function matching(query: string, now = NOW, stalledDays = 21): Promise<string[]> {
  const where = signupConditions(parseSignupView(new URLSearchParams(query)), rosa, {
    timeZone: TZ,
    now,
    stalledDays,
  });
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT s.id::text FROM signups s WHERE ${where} ORDER BY s.created_at, s.id`,
  );
  return rows.map((row) => row.id);
}

/** Marks a medical volunteer's three steps done, the licence expiring on `expiresOn`. */
async function readyMedical(expiresOn: string) {
  const id = await newSignup("medical");
  const steps: Record<string, string>[] = [
    { step: "asylumEvaluationTraining", completedOn: "2026-11-20" },
    { step: "licenceVerified", completedOn: "2026-12-01", expiresOn, value: "NM-MD-77812" },
    { step: "sampleAffidavitReviewed" },
  ];
  for (const fields of steps) {
    expect(await changeStep(db, rosa, form(id, fields), TODAY)).toBe("saved");
  }
  return id;
}

beforeAll(async () => {
  db = current().db;
  rosa = await signedInStaff(current().deps, "rosa.steps@example.org");
  await db.staffUser.update({ where: { id: rosa.userId }, data: { name: "Rosa Reviewer" } });
});

describe("marking a step done, changing it and clearing it", () => {
  it("writes the row, a history event and an audit entry each time, naming the step and never its text", async () => {
    const id = await newSignup("medical");
    const licence = { step: "licenceVerified", completedOn: "2026-12-01", expiresOn: "2027-12-31" };
    expect(await changeStep(db, rosa, form(id, { ...licence, value: "NM 4455" }), TODAY)).toBe("saved");
    const row = await db.onboardingStep.findFirstOrThrow({ where: { signupId: id } });
    expect(row).toMatchObject({
      stepKey: "licenceVerified",
      instance: "",
      value: "NM 4455",
      completedBy: rosa.userId,
      byVolunteer: false,
    });
    expect(row.completedOn.toISOString().slice(0, 10)).toBe("2026-12-01");
    expect(await stored(id)).toMatchObject({
      stepsOpen: 2,
      stepsMissing: ["asylumEvaluationTraining", "sampleAffidavitReviewed"],
    });
    expect((await stored(id)).lastStepAt).not.toBeNull();

    // The same again changes nothing; a new number is a change; then it is cleared, once.
    expect(await changeStep(db, rosa, form(id, { ...licence, value: "NM 4455" }), TODAY)).toBe("unchanged");
    expect(await changeStep(db, rosa, form(id, { ...licence, value: "NM 4456" }), TODAY)).toBe("saved");
    expect(await changeStep(db, rosa, form(id, { step: "licenceVerified", intent: "clear" }), TODAY)).toBe(
      "saved",
    );
    expect(await changeStep(db, rosa, form(id, { step: "licenceVerified", intent: "clear" }), TODAY)).toBe(
      "unchanged",
    );
    expect(await db.onboardingStep.count({ where: { signupId: id } })).toBe(0);
    expect(await stored(id)).toMatchObject({ stepsOpen: 3, firstExpiry: null });

    const events = await db.signupEvent.findMany({
      where: { signupId: id, kind: { startsWith: "step_" } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.kind, e.actorId, e.detail])).toEqual([
      ["step_completed", rosa.userId, { step: "licenceVerified", instance: "" }],
      ["step_changed", rosa.userId, { step: "licenceVerified", instance: "" }],
      ["step_cleared", rosa.userId, { step: "licenceVerified", instance: "" }],
    ]);
    const audits = await db.auditEvent.findMany({
      where: { subject: id, action: { startsWith: "signup_step_" } },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.action, a.actorId, a.detail])).toEqual([
      ["signup_step_completed", rosa.userId, { step: "licenceVerified" }],
      ["signup_step_changed", rosa.userId, { step: "licenceVerified" }],
      ["signup_step_cleared", rosa.userId, { step: "licenceVerified" }],
    ]);
    expect(JSON.stringify([events, audits].flat().map((e) => e.detail))).not.toMatch(/NM 445/);

    const history = await listHistory(db, rosa, id, getMessages().forms);
    expect(history.filter((e) => e.step).map((e) => [e.kind, e.step, e.actor])).toEqual([
      ["step_completed", "licenceVerified", { type: "staff", name: "Rosa Reviewer" }],
      ["step_changed", "licenceVerified", { type: "staff", name: "Rosa Reviewer" }],
      ["step_cleared", "licenceVerified", { type: "staff", name: "Rosa Reviewer" }],
    ]);
  });

  it("lets staff mark a training done by hand (one taken elsewhere), and shows who did each step", async () => {
    const id = await newSignup("attorney");
    expect(
      await changeStep(db, rosa, form(id, { step: "attorneyOrientation", completedOn: "2026-10-02" }), TODAY),
    ).toBe("saved");
    const steps = (await listRecordSteps(db, rosa, id, TODAY))!;
    expect(steps.steps.map((s) => [s.step.key, s.state, s.doneBy])).toEqual([
      ["attorneyOrientation", "done", { type: "staff", name: "Rosa Reviewer" }],
      ["malpracticeCoverage", "open", null],
      ["eoirRegistration", "open", null],
      // The sample attorney asked for a mentor.
      ["mentorAssigned", "open", null],
      ["conflictCheck", "open", null],
    ]);
    expect(steps).toMatchObject({ open: 4, ready: false });
  });
});

describe("what a step accepts", () => {
  it("refuses a form that breaks the step's definition before anything is written", () => {
    const errors = (fields: Record<string, string>) => {
      const parsed = stepFormSchema(TODAY).safeParse({
        signupId: "0b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a",
        ...fields,
      });
      return parsed.success ? {} : stepFormErrors(parsed.error.issues);
    };
    expect(errors({ step: "licenceVerified", completedOn: "2026-12-08", value: "x" })).toEqual({
      completedOn: "future",
      expiresOn: "required",
    });
    expect(errors({ step: "eoirRegistration", value: "" })).toEqual({ value: "required" });
    expect(errors({ step: "malpracticeCoverage", value: "x".repeat(201) })).toEqual({ value: "tooLong" });
  });

  it("takes only a step this volunteer needs now: their role, a pair they name, a mentor they asked for", async () => {
    const interpreter = await newSignup("interpreter");
    const pair = (instance: string) =>
      form(interpreter, { step: "languagePairAssessed", instance, value: "" });
    expect(await changeStep(db, rosa, pair("k'iche' ↔ spanish"), TODAY)).toBe("saved");
    expect(await changeStep(db, rosa, pair("mam ↔ spanish"), TODAY)).toBe("not_required");
    expect(await changeStep(db, rosa, form(interpreter, { step: "conflictCheck" }), TODAY)).toBe(
      "not_required",
    );
    // The pledge is the volunteer's to sign, from their own page.
    expect(
      await changeStep(
        db,
        rosa,
        form(interpreter, { step: "confidentialityPledge", value: "2026-12" }),
        TODAY,
      ),
    ).toBe("volunteer_only");
    const noMentor = await newSignup("attorney", { wantsMentor: "no" });
    expect(await changeStep(db, rosa, form(noMentor, { step: "mentorAssigned", value: "Ana" }), TODAY)).toBe(
      "not_required",
    );
    expect(
      await changeStep(
        db,
        rosa,
        form("00000000-0000-4000-8000-000000000000", { step: "conflictCheck" }),
        TODAY,
      ),
    ).toBe("not_found");
    await anonymiseSignupRows(db, [noMentor]);
    expect(await changeStep(db, rosa, form(noMentor, { step: "conflictCheck" }), TODAY)).toBe("not_found");
    expect(await db.onboardingStep.count({ where: { signupId: { in: [interpreter, noMentor] } } })).toBe(1);
  });

  it("is for signed-in staff: a request without a session, or after signing out, is refused", async () => {
    const { deps } = current();
    await expect(requireStaff(deps, new Headers())).rejects.toEqual(new AccessError("signed_out"));
    const member = await createStaffMember(deps, { email: "leaving@example.org", role: "reviewer" });
    const session = await signIn(deps.auth, "leaving@example.org", member.password, "192.0.2.200");
    const headers = new Headers({ cookie: session.cookie! });
    const staff = await requireStaff(deps, headers);
    const id = await newSignup("medical");
    expect(await changeStep(db, staff, form(id, { step: "sampleAffidavitReviewed" }), TODAY)).toBe("saved");
    await callServer(deps.auth, "signOut", { cookie: session.cookie, ip: "192.0.2.200" });
    await expect(requireStaff(deps, headers)).rejects.toEqual(new AccessError("signed_out"));
  });
});

describe("readiness", () => {
  it("turns ready when every step is done, and off the day after a licence expires", async () => {
    const id = await readyMedical("2027-01-10");
    expect(await listRecordSteps(db, rosa, id, TODAY)).toMatchObject({
      ready: true,
      open: 0,
      validUntil: "2027-01-10",
    });
    expect(await stored(id)).toMatchObject({ stepsOpen: 0, stepsMissing: [] });
    expect(await matching("readiness=ready")).toContain(id);
    expect(await matching("readiness=notReady")).not.toContain(id);
    expect(await matching("readiness=expiring")).not.toContain(id);
    // From Dec 12 the expiry is within the next 30 days (Dec 12 to Jan 10), still ready.
    expect(await matching("readiness=expiring", LATER("2026-12-11"))).not.toContain(id);
    expect(await matching("readiness=expiring", LATER("2026-12-12"))).toContain(id);
    expect(await matching("readiness=ready", LATER("2027-01-10"))).toContain(id);

    // The day after: not ready, before any job stored it again, and the licence is missing.
    const after = LATER("2027-01-11");
    const steps = (await listRecordSteps(db, rosa, id, "2027-01-11"))!;
    expect(steps).toMatchObject({ ready: false, open: 1 });
    expect(steps.steps.find((s) => s.step.key === "licenceVerified")?.state).toBe("expired");
    expect(await matching("readiness=ready", after)).not.toContain(id);
    expect(await matching("readiness=notReady", after)).toContain(id);
    expect(await matching("readiness=expiring", after)).not.toContain(id);
    expect(await matching("missingStep=licenceVerified", after)).toContain(id);
    expect(await matching("missingStep=licenceVerified")).not.toContain(id);
    // Its last step was done on TODAY: stalled once STALLED_DAYS have passed since.
    expect(await matching("readiness=stalled", after)).toContain(id);
    expect(await matching("readiness=stalled", after, 60)).not.toContain(id);
    await refreshReadiness(db, [id], "2027-01-11");
    expect(await stored(id)).toMatchObject({
      stepsOpen: 1,
      stepsMissing: ["licenceVerified"],
      firstExpiry: null,
    });
  });

  it("counts as stalled from the signup when no step was ever done, unless declined or inactive", async () => {
    const old = new Date(NOW.getTime() - 30 * 24 * 60 * 60 * 1000);
    const waiting = await seedSignup(db, { role: "attorney", n: ++n, createdAt: old, status: "onboarding" });
    const declined = await seedSignup(db, { role: "attorney", n: ++n, createdAt: old, status: "declined" });
    const recent = await seedSignup(db, { role: "attorney", n: ++n, createdAt: NOW, status: "new" });
    // Never derived (steps_open NULL) is not ready too.
    const stalled = await matching("readiness=stalled");
    expect(stalled).toContain(waiting);
    expect(stalled).not.toContain(declined);
    expect(stalled).not.toContain(recent);
    expect(await matching("readiness=stalled", NOW, 31)).not.toContain(waiting);
    await refreshReadiness(db, [waiting, recent], TODAY);
    expect(await matching("readiness=stalled&missingStep=conflictCheck")).toEqual([waiting]);
  });

  it("filters the list with the other filters, a missing step only among its role's signups", async () => {
    const medical = await readyMedical("2028-01-01");
    const attorney = await newSignup("attorney");
    await refreshReadiness(db, [attorney], TODAY);
    const ready = await listSignups(
      db,
      rosa,
      parseSignupView(new URLSearchParams("readiness=ready&role=medical")),
    );
    expect(ready.rows.map((row) => row.id)).toContain(medical);
    expect(ready.rows.map((row) => row.role)).toEqual(ready.rows.map(() => "medical"));
    expect(await matching("readiness=ready&role=attorney")).not.toContain(medical);
    const missing = await matching("missingStep=eoirRegistration");
    expect(missing).toContain(attorney);
    expect(missing).not.toContain(medical);
    expect(await matching(`missingStep=eoirRegistration&status=declined`)).not.toContain(attorney);
  });

  it("is stored again when a volunteer confirms new answers: a second language pair is a step more", async () => {
    const email = `pairs.${++n}@example.com`;
    const id = await newSignup("interpreter", { email });
    await refreshReadiness(db, [id], TODAY);
    const before = (await stored(id)).stepsOpen!;
    const third = {
      "pairs.2.languageA": "Mam",
      "pairs.2.languageB": "Spanish",
      "pairs.2.directions": "a_to_b",
    };
    await storeSignup(db, sampleSubmission("interpreter", n, { email, ...third }));
    expect(await confirmProposal(db, await latestProposalToken(db, id), TZ)).toBe("applied");
    expect((await stored(id)).stepsOpen).toBe(before + 1);
  });

  it("is stored for a new signup as it arrives: every step it needs open", async () => {
    const SITE_URL = "https://volunteer.example.org";
    const SESSION_SECRET = TEST_EMAIL_ENV.SESSION_SECRET;
    const email = `arriving.${++n}@example.com`;
    const values = formDataToValues(
      toEntries({
        ...sampleFields("medical", n),
        email,
        formToken: createFormToken(SESSION_SECRET, Date.now() - 60_000),
      }),
    );
    const env = { ...parseEnv({ SITE_URL, SESSION_SECRET }), SESSION_SECRET };
    const request = { origin: SITE_URL, referer: null, forwardedFor: null };
    expect(
      await handleSignupSubmission("medical", values, request, { db, env, messages: getMessages() }),
    ).toEqual({
      kind: "saved",
    });
    const { id } = await db.signup.findFirstOrThrow({ where: { email }, select: { id: true } });
    expect(await stored(id)).toMatchObject({
      stepsOpen: 3,
      stepsMissing: ["asylumEvaluationTraining", "licenceVerified", "sampleAffidavitReviewed"],
    });
  });

  it("is stored again with a volunteer's own new answers, in the same change", async () => {
    const email = `own.${++n}@example.com`;
    const id = await newSignup("interpreter", { email });
    await refreshReadiness(db, [id], TODAY);
    const before = (await stored(id)).stepsOpen!;
    const secret = TEST_EMAIL_ENV.SESSION_SECRET;
    const token = mintToken();
    await db.volunteerLink.create({
      data: {
        tokenHash: hashToken(secret, "volunteer-link", token)!,
        email,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    const opened = await openVolunteerLink(db, secret, token);
    if (opened.kind !== "opened") throw new Error("the fresh link did not open");
    const session = (await readVolunteerSession(db, secret, opened.sessionToken))!;
    const third = {
      "pairs.2.languageA": "Mam",
      "pairs.2.languageB": "Spanish",
      "pairs.2.directions": "a_to_b",
    };
    const changed = sampleSubmission("interpreter", n, { email, ...third });
    expect(await changeOwnAnswers(db, TEST_EMAIL_ENV, session, id, changed, "en")).toBe("done");
    expect((await stored(id)).stepsOpen).toBe(before + 1);
  });
});

describe("the CSV", () => {
  it("has the readiness and each step's day, never what a step recorded", async () => {
    const id = await readyMedical("2029-06-30");
    const { body } = exportSignups(
      db,
      rosa,
      parseSignupView(new URLSearchParams("role=medical&readiness=ready")),
      getStaffMessages(),
      NOW,
      TZ,
    );
    const bytes = new Uint8Array(await new Response(body).arrayBuffer());
    const { rows } = readCsv(bytes);
    const [header, ...records] = rows as [string[], ...string[][]];
    const record = records.find((row) => row[0] === id)!;
    const cell = (label: string) => record[header.indexOf(label)];
    expect(header.slice(-4)).toEqual([
      "Readiness",
      "Done: Asylum evaluation training (Istanbul Protocol)",
      "Done: Licence verified",
      "Done: Sample affidavit reviewed",
    ]);
    expect([
      cell("Readiness"),
      cell("Done: Licence verified"),
      cell("Done: Sample affidavit reviewed"),
    ]).toEqual(["ready", "2026-12-01", TODAY]);
    expect(new TextDecoder().decode(bytes)).not.toContain("NM-MD-77812");
  });
});
