import { beforeEach, describe, expect, it } from "vitest";
import type { StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { saveAttendance } from "../../lib/trainings/attendance";
import { listOwnTrainings } from "../../lib/trainings/own-trainings";
import { cancelTrainingPlace, registerForTraining } from "../../lib/trainings/registrations";
import { queueTrainingReminders } from "../../lib/trainings/reminder-task";
import { cancelTrainingSession, saveTrainingSession } from "../../lib/trainings/sessions";
import { emailTestBed } from "../support/email-test-bed";
import { volunteerSessionFor } from "../support/volunteer-session";
import { signedInStaff } from "../support/list-signups";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { testAccountDeps } from "../support/staff-auth";
import { waitForMessages } from "../support/worker-harness";

// Trainings (issue 23) against real PostgreSQL and a real SMTP server: staff create a session,
// volunteers take its places up to capacity from their own pages (the next is refused, two at
// once for the last place get it once), a place given back is free again, attendance completes
// the training step, the confirmation carries a calendar file, the reminder goes once.

const ZONE = TEST_EMAIL_ENV.ORG_TIME_ZONE; // America/Denver
const bed = emailTestBed();
let db: Db;
let n = 0;

beforeEach(() => {
  ({ db } = bed.current());
});

const sessionFor = (email: string) => volunteerSessionFor(db, email);

/** A medical volunteer with their session (their address is ana.<n>@example.com). */
async function volunteer(role: "medical" | "attorney" | "interpreter" = "medical") {
  const k = ++n;
  const { signupId } = await storeSignup(db, sampleSubmission(role, k));
  return { signupId, session: await sessionFor(`ana.${k}@example.com`) };
}

/** The session form as staff fill it: a year ahead, 9:00-11:30 in Denver on 15 December. */
const trainingForm = (overrides: Record<string, unknown> = {}) => ({
  title: "Asylum evaluations; the Istanbul Protocol",
  roles: ["medical"],
  day: `${new Date().getUTCFullYear() + 1}-12-15`,
  start: "09:00",
  end: "11:30",
  place: "NMILC, 3rd floor",
  videoUrl: "",
  capacity: "2",
  language: "en",
  creditNote: "2 CME credits",
  ...overrides,
});

async function createTraining(staff: StaffContext, overrides: Record<string, unknown> = {}) {
  const outcome = await saveTrainingSession(db, staff, trainingForm(overrides), TEST_EMAIL_ENV);
  if (outcome.kind !== "saved") throw new Error(`not saved: ${outcome.kind}`);
  return outcome.id;
}

const staffMember = (email = "coordinator@example.org") => signedInStaff(testAccountDeps(db), email);

describe("places in a training", () => {
  it("are taken up to capacity, the next refused as full; giving one back frees it", async () => {
    const staff = await staffMember();
    const trainingId = await createTraining(staff);
    const [a, b, c] = [await volunteer(), await volunteer(), await volunteer()];

    expect(await registerForTraining(db, TEST_EMAIL_ENV, a.session, a.signupId, trainingId, "en")).toBe(
      "registered",
    );
    expect(await registerForTraining(db, TEST_EMAIL_ENV, a.session, a.signupId, trainingId, "en")).toBe(
      "already",
    );
    expect(await registerForTraining(db, TEST_EMAIL_ENV, b.session, b.signupId, trainingId, "es")).toBe(
      "registered",
    );
    expect(await registerForTraining(db, TEST_EMAIL_ENV, c.session, c.signupId, trainingId, "en")).toBe(
      "full",
    );
    expect(await listOwnTrainings(db, c.session, c.signupId)).toMatchObject([
      { id: trainingId, placesLeft: 0, hasPlace: false },
    ]);

    expect(await cancelTrainingPlace(db, a.session, a.signupId, trainingId)).toBe("cancelled");
    expect(await cancelTrainingPlace(db, a.session, a.signupId, trainingId)).toBe("not_registered");
    expect((await listOwnTrainings(db, c.session, c.signupId))[0]?.placesLeft).toBe(1);
    expect(await registerForTraining(db, TEST_EMAIL_ENV, c.session, c.signupId, trainingId, "en")).toBe(
      "registered",
    );
    // The first volunteer's row is reopened when they register again, once there is room.
    expect(await registerForTraining(db, TEST_EMAIL_ENV, a.session, a.signupId, trainingId, "en")).toBe(
      "full",
    );

    const places = await db.trainingRegistration.findMany({
      where: { sessionId: trainingId, cancelledAt: null },
    });
    expect(places.map((p) => p.signupId).sort()).toEqual([b.signupId, c.signupId].sort());
    const events = await db.signupEvent.findMany({
      where: { signupId: a.signupId, kind: { startsWith: "training_" } },
    });
    expect(events.map((e) => [e.kind, e.actorId])).toEqual([
      ["training_registered", null],
      ["training_cancelled", null],
    ]);
  });

  it("gives the last place to one of two volunteers asking at the same moment", async () => {
    const staff = await staffMember();
    const trainingId = await createTraining(staff, { capacity: "1" });
    const [a, b] = [await volunteer(), await volunteer()];

    const outcomes = await Promise.all([
      registerForTraining(db, TEST_EMAIL_ENV, a.session, a.signupId, trainingId, "en"),
      registerForTraining(db, TEST_EMAIL_ENV, b.session, b.signupId, trainingId, "en"),
    ]);

    expect(outcomes.sort()).toEqual(["full", "registered"]);
    expect(await db.trainingRegistration.count({ where: { sessionId: trainingId, cancelledAt: null } })).toBe(
      1,
    );
  });

  it("are refused for another person's signup, another role's session, and a cancelled session", async () => {
    const staff = await staffMember();
    const trainingId = await createTraining(staff);
    const mine = await volunteer();
    const theirs = await volunteer();
    const attorney = await volunteer("attorney");

    expect(
      await registerForTraining(db, TEST_EMAIL_ENV, mine.session, theirs.signupId, trainingId, "en"),
    ).toBe("not_found");
    expect(
      await registerForTraining(db, TEST_EMAIL_ENV, attorney.session, attorney.signupId, trainingId, "en"),
    ).toBe("not_found");
    expect(await listOwnTrainings(db, attorney.session, attorney.signupId)).toEqual([]);
    expect(await cancelTrainingSession(db, staff, trainingId, TEST_EMAIL_ENV)).toBe(true);
    expect(await registerForTraining(db, TEST_EMAIL_ENV, mine.session, mine.signupId, trainingId, "en")).toBe(
      "closed",
    );
    expect(await db.trainingRegistration.count()).toBe(0);
  });
});

describe("attendance", () => {
  it("completes the training step on the session's day, by the staff member, and the readiness follows", async () => {
    const staff = await staffMember();
    const trainingId = await createTraining(staff);
    const a = await volunteer();
    await registerForTraining(db, TEST_EMAIL_ENV, a.session, a.signupId, trainingId, "en");
    const registration = await db.trainingRegistration.findFirstOrThrow({ where: { signupId: a.signupId } });
    const before = await db.signup.findUniqueOrThrow({ where: { id: a.signupId } });

    expect(await saveAttendance(db, staff, trainingId, [registration.id], ZONE)).toEqual({
      kind: "saved",
      marked: 1,
      unmarked: 0,
    });
    expect(await saveAttendance(db, staff, trainingId, [registration.id], ZONE)).toMatchObject({ marked: 0 });

    const step = await db.onboardingStep.findFirstOrThrow({ where: { signupId: a.signupId } });
    expect(step).toMatchObject({
      stepKey: "asylumEvaluationTraining",
      instance: "",
      completedBy: staff.userId,
    });
    expect(step.completedOn.toISOString().slice(0, 10)).toBe(`${new Date().getUTCFullYear() + 1}-12-15`);
    const after = await db.signup.findUniqueOrThrow({ where: { id: a.signupId } });
    expect(after.stepsMissing).not.toContain("asylumEvaluationTraining");
    expect(after.stepsMissing).toEqual(["licenceVerified", "sampleAffidavitReviewed"]);
    expect(after.stepsOpen).toBe(2);
    expect(before.stepsOpen === null || before.stepsOpen === 3).toBe(true);
    expect(after.lastStepAt).not.toBeNull();
    const [event] = await db.signupEvent.findMany({
      where: { signupId: a.signupId, kind: "step_completed" },
    });
    expect(event).toMatchObject({
      actorId: staff.userId,
      detail: { step: "asylumEvaluationTraining", instance: "", trainingId },
    });
    expect(
      await db.auditEvent.count({
        where: { action: "signup_step_completed", subject: a.signupId, actorId: staff.userId },
      }),
    ).toBe(1);
  });
});

describe("emails about a place", () => {
  it("confirms it in the page's language with a calendar file, and reminds once the day before", async () => {
    const staff = await staffMember();
    const trainingId = await createTraining(staff);
    const training = await db.trainingSession.findUniqueOrThrow({ where: { id: trainingId } });
    const a = await volunteer();
    const gone = await volunteer();
    await registerForTraining(db, TEST_EMAIL_ENV, a.session, a.signupId, trainingId, "es");
    await registerForTraining(db, TEST_EMAIL_ENV, gone.session, gone.signupId, trainingId, "en");
    await cancelTrainingPlace(db, gone.session, gone.signupId, trainingId);

    // 9:00 Denver on 14 December (16:00 UTC): the reminder's time. Two workers at once.
    const year = new Date().getUTCFullYear() + 1;
    const due = new Date(`${year}-12-14T16:00:00.000Z`);
    expect(await queueTrainingReminders(db, TEST_EMAIL_ENV, new Date(due.getTime() - 60_000))).toBe(0);
    const counts = await Promise.all([
      queueTrainingReminders(db, TEST_EMAIL_ENV, due),
      queueTrainingReminders(db, TEST_EMAIL_ENV, due),
    ]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await queueTrainingReminders(db, TEST_EMAIL_ENV, new Date(due.getTime() + 3_600_000))).toBe(0);

    await bed.startMail();
    // Two signups' staff notices and confirmations, a place's confirmation and its reminder
    // (the place given back had its confirmation dropped when its job ran).
    const messages = await waitForMessages(bed.mailDir(), 6);
    const toA = messages.filter((m) => m.envelopeTo.includes(`ana.${n - 1}@example.com`));
    const confirmation = toA.find((m) => m.subject === `Su lugar en «${training.title}»`);
    const reminder = toA.find((m) => m.subject === `Mañana: «${training.title}»`);
    expect(confirmation?.text).toContain("Cuándo: ");
    expect(confirmation?.text).toContain("https://volunteer.example.org/es/volunteer/me");
    expect(reminder?.text).toContain("https://volunteer.example.org/es/volunteer/me");
    expect(reminder?.attachments).toHaveLength(0);

    const [ics] = confirmation!.attachments;
    expect(ics?.filename).toBe("training.ics");
    expect(ics?.contentType).toBe("text/calendar");
    const unfolded = ics!.content.toString("utf8").replace(/\r\n[ \t]/g, "");
    // 9:00 to 11:30 in Denver in December (UTC-7).
    expect(unfolded).toContain(`\r\nDTSTART:${year}1215T160000Z\r\n`);
    expect(unfolded).toContain(`\r\nDTEND:${year}1215T183000Z\r\n`);
    expect(unfolded).toContain("\r\nSUMMARY:Asylum evaluations\\; the Istanbul Protocol\r\n");
    expect(unfolded).toContain("\r\nLOCATION:NMILC\\, 3rd floor\r\n");

    const toGone = messages.filter((m) => m.envelopeTo.includes(`ana.${n}@example.com`));
    expect(toGone.map((m) => m.subject).some((s) => s?.includes(training.title))).toBe(false);
    expect(await db.emailDelivery.count({ where: { kind: "training_reminder" } })).toBe(1);
  });

  it("tells each person holding a place of a new time and of a cancellation, the calendar file updating then removing it", async () => {
    const staff = await staffMember();
    const trainingId = await createTraining(staff, { capacity: "4" });
    const [a, b, gaveBack, noEmails] = [
      await volunteer(),
      await volunteer(),
      await volunteer(),
      await volunteer(),
    ];
    for (const [v, locale] of [
      [a, "es"],
      [b, "en"],
      [gaveBack, "en"],
      [noEmails, "en"],
    ] as const) {
      await registerForTraining(db, TEST_EMAIL_ENV, v.session, v.signupId, trainingId, locale);
    }
    await cancelTrainingPlace(db, gaveBack.session, gaveBack.signupId, trainingId);
    await db.signup.update({ where: { id: noEmails.signupId }, data: { doNotContactAt: new Date() } });

    const change = async (fields: Record<string, string>) => {
      const { version } = await db.trainingSession.findUniqueOrThrow({ where: { id: trainingId } });
      const outcome = await saveTrainingSession(
        db,
        staff,
        trainingForm({ id: trainingId, version: String(version), capacity: "4", ...fields }),
        TEST_EMAIL_ENV,
      );
      expect(outcome.kind).toBe("saved");
    };
    const [ka, kb, kGone, kNo] = [n - 3, n - 2, n - 1, n];
    const title = "Asylum evaluations; the Istanbul Protocol";
    await bed.startMail();
    /** Every email queued so far, once sent (those dropped at sending time are gone). */
    const allSent = async () => {
      await expect
        .poll(() => db.emailDelivery.count({ where: { sentAt: null } }), { timeout: 30_000 })
        .toBe(0);
      return waitForMessages(bed.mailDir(), await db.emailDelivery.count());
    };
    const subjectsTo = (messages: Awaited<ReturnType<typeof allSent>>, k: number) =>
      messages.filter((m) => m.envelopeTo.includes(`ana.${k}@example.com`) && m.subject?.includes(title));
    const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, "");

    await change({ capacity: "6" }); // Nothing a person holding a place needs to hear.
    expect(await db.emailDelivery.count({ where: { kind: "training_changed" } })).toBe(0);
    await change({ capacity: "6", start: "10:00", end: "12:00" });
    let messages = await allSent();
    const changed = subjectsTo(messages, ka).find((m) => m.subject === `Cambio: «${title}»`);
    expect(changed?.text).toContain("Así queda ahora");
    const changedIcs = unfolded(changed!.attachments[0]!.content.toString("utf8"));
    const year = new Date().getUTCFullYear() + 1;
    expect(changedIcs).toContain(`\r\nDTSTART:${year}1215T170000Z\r\n`);
    expect(changedIcs).toMatch(/\r\nSEQUENCE:[1-9]\d*\r\n/);
    expect(subjectsTo(messages, kb).map((m) => m.subject)).toContain(`Changed: “${title}”`);

    expect(await cancelTrainingSession(db, staff, trainingId, TEST_EMAIL_ENV)).toBe(true);
    expect(await cancelTrainingSession(db, staff, trainingId, TEST_EMAIL_ENV)).toBe(false);
    messages = await allSent();
    const cancelled = subjectsTo(messages, kb).find((m) => m.subject === `Cancelled: “${title}”`);
    expect(cancelled?.text).toContain("https://volunteer.example.org/volunteer/me");
    const cancelledIcs = unfolded(cancelled!.attachments[0]!.content.toString("utf8"));
    expect(cancelledIcs).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(cancelledIcs).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(subjectsTo(messages, ka).map((m) => m.subject)).toContain(`Cancelada: «${title}»`);
    // No one who gave back their place or asked for no more emails hears of it (nor of their
    // place itself: each had given it up, or asked, before its confirmation went).
    expect(subjectsTo(messages, kGone)).toEqual([]);
    expect(subjectsTo(messages, kNo)).toEqual([]);
  });

  it("sends no reminder to a volunteer who asked for no more emails", async () => {
    const staff = await staffMember();
    const trainingId = await createTraining(staff);
    const a = await volunteer();
    await registerForTraining(db, TEST_EMAIL_ENV, a.session, a.signupId, trainingId, "en");
    await db.signup.update({ where: { id: a.signupId }, data: { doNotContactAt: new Date() } });

    const year = new Date().getUTCFullYear() + 1;
    expect(await queueTrainingReminders(db, TEST_EMAIL_ENV, new Date(`${year}-12-14T17:00:00.000Z`))).toBe(0);
    expect(await db.emailDelivery.count({ where: { kind: "training_reminder" } })).toBe(0);
  });
});
