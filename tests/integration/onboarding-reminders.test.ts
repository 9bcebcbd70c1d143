import type { Transporter } from "nodemailer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDashboard } from "../../lib/admin/dashboard";
import { listSignups } from "../../lib/admin/signup-list";
import { parseSignupView } from "../../lib/admin/signup-view";
import { createDb, type Db } from "../../lib/db/client";
import { readCaughtMessages, startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { createMailTransport } from "../../lib/email/transport";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { DIGEST_KEEP_DAYS, runOnboardingDaily } from "../../lib/onboarding/daily-task";
import { PIPELINE_STAGES, pipelineQuery } from "../../lib/onboarding/pipeline";
import { readiness, type Completion } from "../../lib/onboarding/readiness";
import { refreshReadiness } from "../../lib/onboarding/summary";
import type { Role } from "../../lib/signup/options";
import { addDays, localDay } from "../../lib/time/zoned";
import { emailTestBed } from "../support/email-test-bed";
import { signedInStaff } from "../support/list-signups";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { testAccountDeps } from "../support/staff-auth";
import { capturingLogger } from "../support/worker-harness";

// The onboarding's daily job against a real PostgreSQL and a real SMTP server: readiness stored
// again when an expiry passes, the volunteers' weekly reminders (through the email queue, sent by
// the worker), each staff member's digest of stalled and expiring volunteers, and the dashboard's
// pipeline. Steps are written as the staff and volunteer pages write them: onboarding_steps rows,
// then refreshReadiness in the same transaction.

const bed = emailTestBed();
const ENV = TEST_EMAIL_ENV;
const DAY_MS = 24 * 60 * 60 * 1000;
const REMINDER_EN = "Your next steps to volunteer with New Mexico Immigrant Law Center";
const REMINDER_ES = "Sus próximos pasos para el voluntariado de New Mexico Immigrant Law Center";

let db: Db;
let catcher: MailCatcher;
let transport: Transporter;
let worker: EmailWorker | undefined;

beforeEach(async () => {
  db = bed.current().db;
  catcher = await startMailCatcher({ directory: bed.mailDir() });
  transport = createMailTransport(catcher.url);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  transport.close();
  await catcher.close();
});

const today = (now = new Date()) => localDay(now, ENV.ORG_TIME_ZONE);
const daysAgo = (days: number, now = new Date()) => new Date(now.getTime() - days * DAY_MS);

/** A stored signup (its emails set aside: only what the daily job sends is of interest here). */
async function signup(
  role: Role,
  n: number,
  { createdDaysAgo = 10, locale, email }: { createdDaysAgo?: number; locale?: string; email?: string } = {},
): Promise<string> {
  const fields: Record<string, string> = email ? { email } : {};
  const { signupId } = await storeSignup(db, sampleSubmission(role, n, fields), { env: ENV, locale });
  await db.signup.update({ where: { id: signupId }, data: { createdAt: daysAgo(createdDaysAgo) } });
  return signupId;
}

/** Signups' own emails (confirmation, staff notice) are another test's concern: not sent here. */
async function dropSignupEmails() {
  await db.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
  await db.emailDelivery.deleteMany({});
}

/** Steps done, as the record or the volunteer's page stores them, with readiness derived on `day`. */
async function completeSteps(
  signupId: string,
  steps: { key: string; instance?: string; completedOn?: string; expiresOn?: string | null }[],
  { day = today(), lastStepAt = new Date() }: { day?: string; lastStepAt?: Date } = {},
) {
  await db.$transaction(async (tx) => {
    for (const step of steps) {
      await tx.onboardingStep.create({
        data: {
          signupId,
          stepKey: step.key,
          instance: step.instance ?? "",
          value: "x",
          completedOn: new Date(`${step.completedOn ?? day}T00:00:00Z`),
          expiresOn: step.expiresOn ? new Date(`${step.expiresOn}T00:00:00Z`) : null,
        },
      });
    }
    await tx.signup.update({ where: { id: signupId }, data: { lastStepAt } });
    await refreshReadiness(tx, [signupId], day);
  });
}

const ALL_MEDICAL = (expiresOn: string) => [
  { key: "asylumEvaluationTraining" },
  { key: "licenceVerified", expiresOn },
  { key: "sampleAffidavitReviewed" },
];

async function staffMember(email: string, name = "Omar Reyes") {
  return db.staffUser.create({ data: { id: email.split("@")[0]!, name, email } });
}

const startWorker = async () => {
  worker = await startEmailWorker({
    databaseUrl: bed.current().database.url,
    smtpUrl: catcher.url,
    env: ENV,
    logger: capturingLogger([]),
  });
};

/** Polls until `done` holds (the worker is another process's pace), failing after a minute. */
async function until(done: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 60_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Until no email job waits: every reminder queued has been sent or dropped. */
const queueDrained = () =>
  until(async () => {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM graphile_worker._private_jobs j
        JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'send_email'`;
    return row!.n === 0;
  }, "the email queue to drain");

const reminders = async () =>
  (await readCaughtMessages(bed.mailDir())).filter(
    (m) => m.subject === REMINDER_EN || m.subject === REMINDER_ES,
  );

const remindersQueued = (signupId?: string) =>
  db.emailDelivery.count({
    where: { kind: "volunteer_onboarding_reminder", ...(signupId ? { signupId } : {}) },
  });

describe("a licence whose expiry passes", () => {
  it("turns ready off the next day: expiring before, stalled after, as the staff member's digests say", async () => {
    const staff = await staffMember("omar@example.org");
    const id = await signup("medical", 1, { createdDaysAgo: 90 });
    await db.signup.update({ where: { id }, data: { assigneeId: staff.id, status: "active" } });
    const now = new Date();
    // Every step done 40 days ago; the licence runs out today.
    await completeSteps(id, ALL_MEDICAL(today(now)), {
      day: addDays(today(now), -40),
      lastStepAt: daysAgo(40, now),
    });
    await refreshReadiness(db, [id], today(now));
    await dropSignupEmails();
    const reviewer = await signedInStaff(testAccountDeps(db), "reviewer@example.org");
    const pipeline = async (at: Date) => (await getDashboard(db, reviewer, at, options)).pipeline.medical;
    const options = { timeZone: ENV.ORG_TIME_ZONE, promiseDays: 14, stalledDays: 21 };

    // Today: ready, and expiring within 30 days; not stalled (ready people are not).
    expect(await pipeline(now)).toMatchObject({ ready: 1, expiring: 1, stalled: 0 });
    await runOnboardingDaily(db, transport, ENV, now);
    const first = (await readCaughtMessages(bed.mailDir())).filter((m) => m.envelopeTo.includes(staff.email));
    expect(first).toHaveLength(1);
    expect(first[0]!.text).toContain("A step expires in the next 30 days:");
    expect(first[0]!.text).toMatch(
      /Ana María O'Connor-Pérez, medical professional: Licence verified expires \w+/,
    );
    expect(first[0]!.text).toContain(`${ENV.SITE_URL}/admin/signups/${id}`);
    expect(first[0]!.text).not.toContain("Stalled");

    // The next day, before the job has run: ready is already off (derived on the day read).
    const tomorrow = new Date(now.getTime() + DAY_MS);
    expect(await pipeline(tomorrow)).toMatchObject({ ready: 0, stalled: 1 });

    // The job stores the expiry: the step is open again, no step expires any more, and the
    // volunteer (no step done in 40 days) is stalled, which the day's digest says.
    const outcome = await runOnboardingDaily(db, transport, ENV, tomorrow);
    expect(outcome.refreshed).toBe(1);
    expect(await db.signup.findUniqueOrThrow({ where: { id } })).toMatchObject({
      stepsOpen: 1,
      stepsMissing: ["licenceVerified"],
      firstExpiry: null,
    });
    expect(await pipeline(tomorrow)).toMatchObject({ ready: 0, expiring: 0, stalled: 1 });
    const digests = (await readCaughtMessages(bed.mailDir())).filter((m) =>
      m.envelopeTo.includes(staff.email),
    );
    expect(digests).toHaveLength(2);
    const second = digests.find((m) => m.messageId !== first[0]!.messageId)!;
    expect(second.text).toContain("Stalled: no onboarding step done in 21 days:");
    expect(second.text).toMatch(/Ana María O'Connor-Pérez, medical professional: 1 step open, last step \w+/);
    expect(second.text).not.toContain("expires");
    // Staff steps only are open: nothing to remind the volunteer of.
    expect(await remindersQueued()).toBe(0);
  });
});

describe("the volunteers' reminders", () => {
  it("are sent once each when two instances run the daily job at the same moment", async () => {
    const staff = await staffMember("omar@example.org");
    // Signed up a month ago, nothing done since: due a reminder, and stalled.
    const due = [
      await signup("interpreter", 1, { email: "ana.one@example.org", createdDaysAgo: 30 }),
      await signup("attorney", 2, { email: "ana.two@example.org", createdDaysAgo: 30 }),
      await signup("medical", 3, { email: "ana.three@example.org", locale: "es", createdDaysAgo: 30 }),
      await signup("interpreter", 4, { email: "ana.four@example.org", createdDaysAgo: 30 }),
    ];
    await db.signup.updateMany({ where: { id: { in: due.slice(0, 2) } }, data: { assigneeId: staff.id } });
    // Not due: signed up three days ago, declined, paused, anonymised.
    const recent = await signup("interpreter", 5, { createdDaysAgo: 3 });
    const declined = await signup("attorney", 6);
    await db.signup.update({ where: { id: declined }, data: { status: "declined" } });
    const paused = await signup("medical", 7);
    await db.signup.update({ where: { id: paused }, data: { status: "inactive" } });
    const gone = await signup("medical", 8);
    await db.signup.update({ where: { id: gone }, data: { anonymizedAt: new Date() } });
    // Ready: nothing left to remind of.
    const ready = await signup("medical", 9);
    await completeSteps(ready, ALL_MEDICAL(addDays(today(), 400)), { lastStepAt: daysAgo(30) });
    await dropSignupEmails();

    const other = { db: createDb(bed.current().database.url), transport: createMailTransport(catcher.url) };
    try {
      const outcomes = await Promise.all([
        runOnboardingDaily(db, transport, ENV),
        runOnboardingDaily(other.db, other.transport, ENV),
        runOnboardingDaily(db, transport, ENV),
        runOnboardingDaily(other.db, other.transport, ENV),
      ]);
      expect(outcomes.reduce((sum, o) => sum + o.remindersQueued, 0)).toBe(due.length);
      expect(outcomes.reduce((sum, o) => sum + o.digestsSent, 0)).toBe(1);
    } finally {
      other.transport.close();
      await other.db.$disconnect();
    }
    for (const id of due) expect(await remindersQueued(id)).toBe(1);
    expect(await remindersQueued()).toBe(due.length);

    await startWorker();
    await until(async () => (await reminders()).length >= due.length, "the reminders");
    await queueDrained();
    const sent = await reminders();
    expect(sent.map((m) => m.envelopeTo.join(",")).sort()).toEqual([
      "ana.four@example.org",
      "ana.one@example.org",
      "ana.three@example.org",
      "ana.two@example.org",
    ]);
    for (const id of [recent, declined, paused, gone, ready]) expect(await remindersQueued(id)).toBe(0);

    // What a reminder says: the volunteer's own open steps, the way to their page, how to stop.
    const interpreter = sent.find((m) => m.envelopeTo.includes("ana.one@example.org"))!;
    expect(interpreter.subject).toBe(REMINDER_EN);
    expect(interpreter.text).toContain("- Confidentiality pledge signed");
    expect(interpreter.text).not.toContain("Language pair assessed");
    expect(interpreter.text).toContain(`${ENV.SITE_URL}/volunteer/me`);
    const unsubscribe = interpreter.headerLines
      .find((h) => h.key === "list-unsubscribe")
      ?.line.replace(/^[^:]+:\s*/, "");
    expect(unsubscribe).toMatch(/^<https:\/\/volunteer\.example\.org\/api\/stop-emails\/[^>]+>$/);
    expect(interpreter.text).toContain(`${ENV.SITE_URL}/stop-emails/`);
    const attorney = sent.find((m) => m.envelopeTo.includes("ana.two@example.org"))!;
    expect(attorney.text).toContain("- Orientation training: register for a session");
    expect(attorney.text).toContain("- EOIR eRegistry number recorded");
    expect(attorney.text).not.toContain("Conflict check");
    // In the language of the signup.
    const spanish = sent.find((m) => m.envelopeTo.includes("ana.three@example.org"))!;
    expect(spanish.subject).toBe(REMINDER_ES);
    expect(spanish.text).toContain(
      "- Capacitación en evaluaciones de asilo (Protocolo de Estambul): inscríbase en una sesión",
    );
    expect(spanish.text).toContain(`${ENV.SITE_URL}/es/volunteer/me`);
    // Each shows on the record as sent.
    expect(
      await db.emailDelivery.count({ where: { kind: "volunteer_onboarding_reminder", status: "sent" } }),
    ).toBe(due.length);

    // One digest for the staff member, listing their two stalled volunteers and no one else's.
    const digests = (await readCaughtMessages(bed.mailDir())).filter((m) =>
      m.envelopeTo.includes(staff.email),
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe("Onboarding: 2 of your volunteers need a nudge");
    for (const id of due.slice(0, 2))
      expect(digests[0]!.text).toContain(`${ENV.SITE_URL}/admin/signups/${id}`);
    for (const id of due.slice(2)) expect(digests[0]!.text).not.toContain(id);
    expect(digests[0]!.text).toContain(`${ENV.SITE_URL}/admin/signups?assignee=me&readiness=stalled`);
  });

  it("go to no one who asked for no more emails, even when they asked after it was queued", async () => {
    const stopped = await signup("interpreter", 1, { email: "stopped@example.org" });
    await db.signup.update({ where: { id: stopped }, data: { doNotContactAt: new Date() } });
    const later = await signup("interpreter", 2, { email: "later@example.org" });
    const keeps = await signup("interpreter", 3, { email: "keeps@example.org" });
    await dropSignupEmails();

    expect((await runOnboardingDaily(db, transport, ENV)).remindersQueued).toBe(2);
    expect(await remindersQueued(stopped)).toBe(0);
    // Asks to stop between the job and the sending.
    await db.signup.update({ where: { id: later }, data: { doNotContactAt: new Date() } });

    await startWorker();
    await queueDrained();
    expect((await reminders()).map((m) => m.envelopeTo.join(","))).toEqual(["keeps@example.org"]);
    expect(await remindersQueued(later)).toBe(0);
    expect(await remindersQueued(keeps)).toBe(1);
  });

  it("come at most once a week, counted from the last reminder or the last step done", async () => {
    const id = await signup("attorney", 1);
    const stepped = await signup("interpreter", 2);
    await completeSteps(stepped, [{ key: "languagePairAssessed", instance: "x" }], {
      lastStepAt: daysAgo(2),
    });
    await dropSignupEmails();
    const now = new Date();

    expect((await runOnboardingDaily(db, transport, ENV, now)).remindersQueued).toBe(1);
    expect(await remindersQueued(id)).toBe(1);
    // A step done two days ago: not yet.
    expect(await remindersQueued(stepped)).toBe(0);

    for (const days of [1, 3, 6]) {
      await runOnboardingDaily(db, transport, ENV, new Date(now.getTime() + days * DAY_MS));
    }
    expect(await remindersQueued(id)).toBe(1);
    expect(await remindersQueued(stepped)).toBe(1);

    await runOnboardingDaily(db, transport, ENV, new Date(now.getTime() + 7 * DAY_MS));
    expect(await remindersQueued(id)).toBe(2);
  });
});

describe("the daily job's digests", () => {
  it("are deleted DIGEST_KEEP_DAYS after they were sent, not before, and never while unsent", async () => {
    const staff = await staffMember("omar@example.org");
    const old = new Date(Date.now() - (DIGEST_KEEP_DAYS + 1) * 86_400_000);
    const recent = new Date(Date.now() - (DIGEST_KEEP_DAYS - 1) * 86_400_000);
    for (const [n, sentAt] of [
      [1, old],
      [2, recent],
      [3, null],
    ] as const) {
      await db.staffDigest.create({
        data: { recipient: "volunteers@example.org", eventIds: [], messageId: `<d${n}@x>`, sentAt },
      });
      await db.onboardingDigest.create({
        data: { staffId: staff.id, day: new Date(Date.UTC(2026, 0, n)), messageId: `<o${n}@x>`, sentAt },
      });
    }
    await runOnboardingDaily(db, transport, ENV);
    const left = async () => ({
      staff: (await db.staffDigest.findMany({ orderBy: { messageId: "asc" } })).map((d) => d.messageId),
      onboarding: (await db.onboardingDigest.findMany({ orderBy: { messageId: "asc" } })).map(
        (d) => d.messageId,
      ),
    });
    expect(await left()).toEqual({ staff: ["<d2@x>", "<d3@x>"], onboarding: ["<o2@x>", "<o3@x>"] });
  });
});

describe("a reminder of a training", () => {
  it("is left out while the volunteer holds a place in a session to come", async () => {
    const medical = await signup("medical", 1, { email: "placed.medical@example.org" });
    const attorney = await signup("attorney", 2, { email: "placed.attorney@example.org" });
    const gaveBack = await signup("medical", 3, { email: "gave.back@example.org" });
    await dropSignupEmails();
    const session = await db.trainingSession.create({
      data: {
        title: "Istanbul Protocol",
        roles: ["medical", "attorney"],
        startsAt: new Date(Date.now() + 3 * DAY_MS),
        endsAt: new Date(Date.now() + 3 * DAY_MS + 2 * 60 * 60 * 1000),
        capacity: 20,
        language: "English",
        place: "The clinic, 1st floor",
      },
    });
    for (const signupId of [medical, attorney, gaveBack]) {
      await db.trainingRegistration.create({
        data: {
          sessionId: session.id,
          signupId,
          locale: "en",
          cancelledAt: signupId === gaveBack ? new Date() : null,
        },
      });
    }

    // The medical volunteer's only step of their own is the training they have a place in.
    expect((await runOnboardingDaily(db, transport, ENV)).remindersQueued).toBe(2);
    expect(await remindersQueued(medical)).toBe(0);
    await startWorker();
    await queueDrained();
    const sent = await reminders();
    expect(sent.map((m) => m.envelopeTo.join(",")).sort()).toEqual([
      "gave.back@example.org",
      "placed.attorney@example.org",
    ]);
    const toAttorney = sent.find((m) => m.envelopeTo.includes("placed.attorney@example.org"))!;
    expect(toAttorney.text).toContain("- EOIR eRegistry number recorded");
    expect(toAttorney.text).not.toContain("Orientation training");
    expect(sent.find((m) => m.envelopeTo.includes("gave.back@example.org"))!.text).toContain(
      "- Asylum evaluation training (Istanbul Protocol): register for a session",
    );
  });
});

describe("the dashboard's pipeline", () => {
  it("counts per role what the steps and statuses say, signup by signup", async () => {
    const now = new Date();
    const day = today(now);
    const people: {
      role: Role;
      status: string;
      steps: Parameters<typeof completeSteps>[1];
      last?: number;
    }[] = [
      { role: "medical", status: "onboarding", steps: ALL_MEDICAL(addDays(day, 10)), last: 30 },
      { role: "medical", status: "active", steps: ALL_MEDICAL(addDays(day, 200)), last: 30 },
      { role: "medical", status: "onboarding", steps: [{ key: "asylumEvaluationTraining" }], last: 2 },
      { role: "medical", status: "onboarding", steps: [{ key: "asylumEvaluationTraining" }], last: 25 },
      { role: "medical", status: "contacted", steps: [] },
      {
        role: "medical",
        status: "declined",
        steps: [{ key: "licenceVerified", expiresOn: addDays(day, 5) }],
        last: 40,
      },
      { role: "interpreter", status: "new", steps: [] },
      { role: "interpreter", status: "new", steps: [] },
      { role: "interpreter", status: "onboarding", steps: [{ key: "confidentialityPledge" }], last: 1 },
      { role: "interpreter", status: "inactive", steps: [], last: 60 },
      { role: "attorney", status: "contacted", steps: [{ key: "conflictCheck" }], last: 22 },
      {
        role: "attorney",
        status: "onboarding",
        steps: [{ key: "eoirRegistration" }, { key: "conflictCheck" }],
        last: 3,
      },
    ];
    const ids: string[] = [];
    for (const [n, person] of people.entries()) {
      const id = await signup(person.role, n + 1, { createdDaysAgo: 50 });
      ids.push(id);
      await db.signup.update({ where: { id }, data: { status: person.status as never } });
      if (person.steps.length > 0)
        await completeSteps(id, person.steps, { lastStepAt: daysAgo(person.last ?? 0, now) });
      else await refreshReadiness(db, [id], day);
    }
    // One never derived (signed up before onboarding existed): not ready, and stalled.
    const underived = await signup("attorney", 99, { createdDaysAgo: 50 });
    await db.signup.update({ where: { id: underived }, data: { status: "onboarding", stepsOpen: null } });

    const reviewer = await signedInStaff(testAccountDeps(db), "reviewer@example.org");
    const { pipeline } = await getDashboard(db, reviewer, now, {
      timeZone: ENV.ORG_TIME_ZONE,
      promiseDays: 14,
      stalledDays: 21,
    });

    // The same figures, from the pure rule over each signup's rows.
    const rows = await db.signup.findMany({ include: { onboardingSteps: true } });
    const expected = Object.fromEntries(
      (["attorney", "medical", "interpreter"] as Role[]).map((role) => [
        role,
        { new: 0, contacted: 0, onboarding: 0, stepsLeft: 0, ready: 0, stalled: 0, expiring: 0 },
      ]),
    );
    const iso = (d: Date | null) => d && d.toISOString().slice(0, 10);
    for (const row of rows) {
      const completions: Completion[] = row.onboardingSteps.map((s) => ({
        stepKey: s.stepKey,
        instance: s.instance,
        completedOn: iso(s.completedOn)!,
        expiresOn: iso(s.expiresOn),
      }));
      const r = readiness(row.role, row.answers as Record<string, unknown>, completions, day);
      const counts = expected[row.role]!;
      if (row.status === "new") counts.new += 1;
      if (row.status === "contacted") counts.contacted += 1;
      if (row.status === "onboarding" && !r.ready) {
        counts.onboarding += 1;
        counts.stepsLeft += row.stepsOpen === null ? 0 : r.open;
      }
      if (r.ready && row.stepsOpen !== null) counts.ready += 1;
      const since = row.lastStepAt ?? row.createdAt;
      if (
        !["declined", "inactive"].includes(row.status) &&
        !(r.ready && row.stepsOpen !== null) &&
        since < daysAgo(21, now)
      )
        counts.stalled += 1;
      if (r.validUntil && r.validUntil >= day && r.validUntil <= addDays(day, 29)) counts.expiring += 1;
    }
    expect(pipeline).toEqual(expected);
    // And the figures themselves, as a coordinator reads them.
    expect(pipeline.medical).toEqual({
      new: 0,
      contacted: 1,
      onboarding: 2,
      stepsLeft: 4,
      ready: 2,
      stalled: 2,
      expiring: 2,
    });
    expect(pipeline.attorney).toMatchObject({ contacted: 1, onboarding: 2, stalled: 2 });

    // Each count opens the list filtered to exactly those signups.
    for (const role of ["attorney", "medical", "interpreter"] as Role[]) {
      for (const stage of PIPELINE_STAGES) {
        const view = parseSignupView(new URLSearchParams(pipelineQuery(stage, role).slice(1)));
        const { rows } = await listSignups(db, reviewer, view);
        expect({ role, stage, rows: rows.length }).toEqual({ role, stage, rows: pipeline[role][stage] });
      }
    }
  });
});
