import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Selection } from "../../lib/admin/bulk-selection";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { seedVolume } from "../../lib/dev/volume-seed";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { reviewSendToView, sendToOne, sendToView } from "../../lib/outreach/send-message";
import { stopEmails } from "../../lib/outreach/stop-emails";
import { saveTemplate } from "../../lib/outreach/templates";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";
import { capturingLogger, tempMailDir, waitForMessages } from "../support/worker-harness";

// Messages to volunteers against real PostgreSQL and a real SMTP server: inside the hourly
// cap, in each volunteer's language, with a one-click way to stop them that sends skip.

const current = staffAuthDatabase();
let db: Db;
let rosa: StaffContext;
let ana: StaffContext;
let n = 0;

async function staffMember(email: string, role: "admin" | "reviewer", name: string): Promise<StaffContext> {
  const { deps } = current();
  const member = await createStaffMember(deps, { email, role });
  await db.staffUser.update({ where: { id: member.userId }, data: { name } });
  const session = await signIn(deps.auth, email, member.password, `198.51.100.${++n}`);
  return requireStaff(deps, new Headers({ cookie: session.cookie! }));
}

const template = {
  id: "",
  version: "0",
  forStatus: "",
  subject_en: "A note for {firstName}",
  body_en: "Dear {firstName},\n\nThank you for volunteering as a {role}.\n\n{senderName}, {orgName}",
  subject_es: "Una nota para {firstName}",
  body_es: "Estimado/a {firstName}:\n\nGracias por ofrecerse en {role}.\n\n{senderName}, {orgName}",
};

async function newTemplate(fields: Partial<typeof template> & { name: string }): Promise<string> {
  const saved = await saveTemplate(db, ana, { ...template, ...fields });
  if (saved.kind !== "saved") throw new Error(`template not saved: ${JSON.stringify(saved)}`);
  return saved.id;
}

const deps = (env = TEST_EMAIL_ENV) => ({ db, env });

beforeAll(async () => {
  db = current().db;
  rosa = await staffMember("rosa@example.org", "reviewer", "Rosa Reviewer");
  ana = await staffMember("ana@example.org", "admin", "Ana Admin");
});

describe("a template", () => {
  it("with an unknown placeholder or a lone brace cannot be saved, and nothing is stored", async () => {
    expect(await saveTemplate(db, ana, { ...template, name: "Typo", body_en: "Hi {fristName}" })).toEqual({
      kind: "invalid",
      fieldErrors: { body_en: ["placeholder"] },
    });
    expect(
      await saveTemplate(db, ana, { ...template, name: "Brace", subject_es: "Hola {firstName" }),
    ).toEqual({
      kind: "invalid",
      fieldErrors: { subject_es: ["brace"] },
    });
    expect(await db.messageTemplate.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "message_template_created" } })).toBe(0);
  });
});

describe("a send to a list of 1,000", () => {
  const all: Selection = { kind: "view", view: { sort: "newest" } };
  const capped = { ...TEST_EMAIL_ENV, CONFIRMATION_EMAILS_PER_HOUR: 200 };

  it("stays inside the hourly cap: three quarters of each hour at most, the rest left to signups", async () => {
    await seedVolume(current().database.url, { count: 1_000, seed: 5, now: new Date(), batchSize: 500 });
    // Signups' confirmations have used 100 of this hour's 200 already.
    await db.$executeRaw`
      INSERT INTO rate_limit_counters (key, window_start, count)
      VALUES ('volunteer-emails', date_trunc('hour', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', 100)`;
    const templateId = await newTemplate({ name: "Training dates" });
    const review = await reviewSendToView(deps(capped), rosa, { selection: all, templateId });
    expect(review).toMatchObject({ count: 1_000, skipped: 0, fallback: 0 });

    const outcome = await sendToView(deps(capped), rosa, {
      selection: all,
      templateId,
      batchId: randomUUID(),
      expectedCount: 1_000,
    });
    expect(outcome).toMatchObject({ kind: "sent", count: 1_000, skipped: 0 });

    const counters = await db.$queryRaw<{ hour: Date; count: number }[]>`
      SELECT window_start AS hour, count FROM rate_limit_counters WHERE key = 'volunteer-emails' ORDER BY 1`;
    expect(counters.map((c) => c.count)).toEqual([150, 150, 150, 150, 150, 150, 150, 50]);
    const jobs = await db.$queryRaw<{ hour: Date; count: number }[]>`
      SELECT date_trunc('hour', run_at) AS hour, count(*)::int AS count
        FROM graphile_worker.jobs WHERE task_identifier = 'send_email' GROUP BY 1 ORDER BY 1`;
    expect(jobs.map((j) => j.count)).toEqual([50, 150, 150, 150, 150, 150, 150, 50]);
    expect(jobs.map((j) => j.hour.getTime())).toEqual(counters.map((c) => c.hour.getTime()));
    expect(await db.signupEvent.count({ where: { kind: "message_sent" } })).toBe(1_000);
    const audits = await db.auditEvent.findMany({ where: { action: "signups_message_sent" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.detail).toMatchObject({ count: 1_000, skipped: 0, templateId, scope: "view" });

    // A new volunteer's confirmation this hour still goes: the send left room for it.
    const { signupId } = await storeSignup(db, sampleSubmission("attorney", 900), { env: capped });
    const confirmation = await db.emailDelivery.findFirstOrThrow({
      where: { signupId, kind: "volunteer_confirmation" },
    });
    expect(confirmation.status).toBe("queued");
  }, 60_000);

  it("is sent once, however often the same form is posted, and not at all when the count moved", async () => {
    const templateId = (await db.messageTemplate.findFirstOrThrow({ select: { id: true } })).id;
    const batchId = (await db.outreachMessage.findFirstOrThrow({ select: { batchId: true } })).batchId!;
    const before = await db.outreachMessage.count();
    expect(
      await sendToView(deps(), rosa, { selection: all, templateId, batchId, expectedCount: 1_001 }),
    ).toEqual({
      kind: "repeated",
    });
    expect(
      await sendToView(deps(), rosa, {
        selection: all,
        templateId,
        batchId: randomUUID(),
        expectedCount: 1_000,
      }),
    ).toEqual({ kind: "count_changed", count: 1_001 });

    expect(await db.outreachMessage.count()).toBe(before);
  });

  afterAll(async () => {
    // The next tests run a worker: these jobs are not theirs to send, nor these hours theirs to wait for.
    await db.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
    await db.$executeRaw`DELETE FROM rate_limit_counters`;
  });
});

describe("messages as a volunteer receives them", () => {
  let catcher: MailCatcher;
  let worker: EmailWorker;
  let mail: Awaited<ReturnType<typeof tempMailDir>>;

  beforeAll(async () => {
    mail = await tempMailDir();
    const port = await findFreePort();
    catcher = await startMailCatcher({ directory: mail.dir, port });
    worker = await startEmailWorker({
      databaseUrl: current().database.url,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      env: TEST_EMAIL_ENV,
      logger: capturingLogger([]),
    });
  });

  afterAll(async () => {
    await worker?.stop();
    await catcher?.close();
    await mail?.cleanup();
  });

  it("go in the signup's language, reply to the role's inbox, and carry a one-click stop that later sends skip", async () => {
    const english = (
      await storeSignup(db, sampleSubmission("attorney", 501, { email: "lena.501@example.com" }))
    ).signupId;
    const spanish = (
      await storeSignup(db, sampleSubmission("interpreter", 502, { email: "tomas.502@example.com" }), {
        locale: "es",
      })
    ).signupId;
    const names = await db.signup.findMany({
      where: { id: { in: [english, spanish] } },
      select: { id: true, firstName: true },
    });
    const firstName = (id: string) => names.find((s) => s.id === id)!.firstName;
    const both: Selection = { kind: "ids", ids: [english, spanish] };
    const templateId = await newTemplate({ name: "Welcome call" });
    await waitForMessages(mail.dir, 4); // the two signups' own emails

    const review = await reviewSendToView(deps(), rosa, { selection: both, templateId });
    expect(review).toMatchObject({ count: 2, skipped: 0, fallback: 0 });
    expect(
      await sendToView(deps(), rosa, {
        selection: both,
        templateId,
        batchId: randomUUID(),
        expectedCount: 2,
      }),
    ).toMatchObject({
      kind: "sent",
      count: 2,
    });
    const received = (await waitForMessages(mail.dir, 6)).slice(4);
    const toSpanish = received.find((m) => m.envelopeTo.includes("tomas.502@example.com"))!;
    const toEnglish = received.find((m) => m.envelopeTo.includes("lena.501@example.com"))!;
    expect(toEnglish.subject).toBe(`A note for ${firstName(english)}`);
    expect(toEnglish.text).toContain(
      "Thank you for volunteering as a attorney.\n\nRosa Reviewer, New Mexico Immigrant Law Center",
    );
    expect(toEnglish.replyTo?.text).toBe("attorneys@example.org");
    expect(toSpanish.subject).toBe(`Una nota para ${firstName(spanish)}`);
    expect(toSpanish.text).toContain("Gracias por ofrecerse en traducción e interpretación.");
    expect(toSpanish.replyTo?.text).toBe("interpreters@example.org");
    expect(toSpanish.text).toContain("https://volunteer.example.org/es/stop-emails/");

    const header = (name: string) =>
      toSpanish.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "");
    const oneClick = String(header("list-unsubscribe"));
    expect(oneClick).toMatch(/^<https:\/\/volunteer\.example\.org\/api\/stop-emails\/[^>]+>$/);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const token = oneClick.slice(oneClick.lastIndexOf("/") + 1, -1);
    expect(await stopEmails(db, TEST_EMAIL_ENV.SESSION_SECRET, token)).toBe("stopped");
    expect(await stopEmails(db, TEST_EMAIL_ENV.SESSION_SECRET, token)).toBe("already");
    expect(await stopEmails(db, TEST_EMAIL_ENV.SESSION_SECRET, `${english}${token.slice(36)}`)).toBe(
      "unknown",
    );
    expect((await db.signup.findUniqueOrThrow({ where: { id: spanish } })).doNotContactAt).not.toBeNull();

    // Stored with the record, delivered, in its history.
    const stored = await db.outreachMessage.findFirstOrThrow({
      where: { signupId: english },
      select: { subject: true, senderId: true, delivery: { select: { status: true } } },
    });
    expect(stored).toEqual({
      subject: `A note for ${firstName(english)}`,
      senderId: rosa.userId,
      delivery: { status: "sent" },
    });

    // A send to a list now leaves the Spanish volunteer out and says so.
    expect(await reviewSendToView(deps(), rosa, { selection: both, templateId })).toMatchObject({
      count: 1,
      skipped: 1,
    });
    // A message to that one volunteer goes only when staff confirm they saw the request.
    const one = { signupId: spanish, templateId, subject: "", body: "" };
    expect(
      await sendToOne(deps(), rosa, { ...one, requestKey: randomUUID(), despiteDoNotContact: false }),
    ).toEqual({
      kind: "do_not_contact",
    });
    const requestKey = randomUUID();
    expect(await sendToOne(deps(), rosa, { ...one, requestKey, despiteDoNotContact: true })).toMatchObject({
      kind: "sent",
    });
    expect(await sendToOne(deps(), rosa, { ...one, requestKey, despiteDoNotContact: true })).toEqual({
      kind: "repeated",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "signup_message_sent", subject: spanish },
    });
    expect(audit.detail).toMatchObject({ despiteDoNotContact: true, templateId });
    expect(JSON.stringify(audit.detail)).not.toContain(firstName(spanish));
  }, 60_000);

  it("fall back to English where a template has no Spanish, and the review counts who gets it", async () => {
    const spanish = (await storeSignup(db, sampleSubmission("medical", 503), { locale: "es" })).signupId;
    const templateId = await newTemplate({ name: "English only", subject_es: "", body_es: "" });
    const review = await reviewSendToView(deps(), rosa, {
      selection: { kind: "ids", ids: [spanish] },
      templateId,
    });
    expect(review).toMatchObject({ count: 1, fallback: 1, first: { locale: "en", isFallback: true } });
    expect(review!.first!.subject).toMatch(/^A note for /);
  });
});
