import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { readCaughtMessages, startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { ROLES } from "../../lib/signup/options";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { capturingLogger, runRetriesNow, tempMailDir, waitForMessages } from "../support/worker-harness";

let database: TestDatabase;
let db: Db;
let mail: Awaited<ReturnType<typeof tempMailDir>>;
let catcher: MailCatcher | undefined;
let worker: EmailWorker | undefined;
let smtpPort: number;
const workerLog: string[] = [];

beforeEach(async () => {
  database = await createTestDatabase({ migrate: true });
  db = createDb(database.url);
  mail = await tempMailDir();
  smtpPort = await findFreePort();
  workerLog.length = 0;
});

afterEach(async () => {
  await worker?.stop();
  await catcher?.close();
  worker = catcher = undefined;
  await db.$disconnect();
  await database.drop();
  await mail.cleanup();
});

async function startWorker(env = TEST_EMAIL_ENV) {
  worker = await startEmailWorker({
    databaseUrl: database.url,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    env,
    logger: capturingLogger(workerLog),
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the email queue", () => {
  it("keeps every signup during an SMTP outage and delivers each of the 100 emails exactly once after", async () => {
    await startWorker();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => storeSignup(db, sampleSubmission(ROLES[i % 3]!, 100 + i))),
    );
    expect(results.every((r) => r.outcome === "created")).toBe(true);
    expect(await db.signup.count()).toBe(50);

    // Every email has been tried against the dead server at least once.
    await waitFor(
      async () =>
        (await db.emailDelivery.count({ where: { attempts: { gte: 1 }, status: "queued" } })) === 100,
    );
    expect(await readCaughtMessages(mail.dir)).toHaveLength(0);

    catcher = await startMailCatcher({ directory: mail.dir, port: smtpPort });
    await runRetriesNow(database.url);
    const messages = await waitForMessages(mail.dir, 100);
    await waitFor(async () => (await db.emailDelivery.count({ where: { status: "sent" } })) === 100);
    const all = await readCaughtMessages(mail.dir);
    expect(all).toHaveLength(100);
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(100);
    const deliveries = await db.emailDelivery.findMany({ select: { messageId: true, recipient: true } });
    expect(new Set(all.map((m) => m.messageId))).toEqual(new Set(deliveries.map((d) => d.messageId)));
  });

  it("does not send twice when the job fails after the SMTP server accepted the message", async () => {
    // A fault the first time the job records its success, after the message was accepted.
    await db.$executeRawUnsafe(`CREATE SEQUENCE fault_once`);
    await db.$executeRawUnsafe(`CREATE FUNCTION fail_first_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF nextval('fault_once') = 1 THEN RAISE EXCEPTION 'injected fault after SMTP accepted'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_first_record BEFORE INSERT ON signup_events
      FOR EACH ROW WHEN (NEW.kind = 'email_sent') EXECUTE FUNCTION fail_first_record()`);
    catcher = await startMailCatcher({ directory: mail.dir, port: smtpPort });
    await startWorker();

    const { signupId } = await storeSignup(db, sampleSubmission("attorney", 7));
    await waitFor(async () => workerLog.some((line) => line.includes("injected fault")));
    await runRetriesNow(database.url);
    await waitFor(
      async () => (await db.signupEvent.count({ where: { signupId, kind: "email_sent" } })) === 2,
    );

    const messages = await readCaughtMessages(mail.dir);
    expect(messages).toHaveLength(2);
    const deliveries = await db.emailDelivery.findMany({ where: { signupId } });
    expect(deliveries.map((d) => [d.status, d.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
    ]);
  });

  it("records a message the SMTP server accepted when the first tries to write that fail, and sends it once", async () => {
    // The database refuses the first two writes of `sentAt`, as it does while it restarts.
    await db.$executeRawUnsafe(`CREATE SEQUENCE sent_faults`);
    await db.$executeRawUnsafe(`CREATE FUNCTION fail_first_sent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF nextval('sent_faults') <= 2 THEN RAISE EXCEPTION 'injected fault recording sentAt'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_first_sent BEFORE UPDATE ON email_deliveries
      FOR EACH ROW WHEN (OLD.sent_at IS NULL AND NEW.sent_at IS NOT NULL) EXECUTE FUNCTION fail_first_sent()`);
    catcher = await startMailCatcher({ directory: mail.dir, port: smtpPort });
    await startWorker();

    const { signupId } = await storeSignup(db, sampleSubmission("interpreter", 9));
    await waitFor(async () => (await db.emailDelivery.count({ where: { signupId, status: "sent" } })) === 2);
    await runRetriesNow(database.url);
    await waitFor(
      async () => (await db.signupEvent.count({ where: { signupId, kind: "email_sent" } })) === 2,
    );

    expect(await readCaughtMessages(mail.dir)).toHaveLength(2);
    const deliveries = await db.emailDelivery.findMany({ where: { signupId } });
    expect(deliveries.map((d) => [d.status, d.attempts, d.lastError])).toEqual([
      ["sent", 1, null],
      ["sent", 1, null],
    ]);
    expect(workerLog.filter((line) => line.includes("Failed task"))).toEqual([]);
  });

  it("ends a job that keeps failing in a visible failed state", async () => {
    await startWorker();
    const { signupId } = await storeSignup(db, sampleSubmission("medical", 8), {
      env: { ...TEST_EMAIL_ENV, EMAIL_MAX_ATTEMPTS: 2 },
    });
    await waitFor(
      async () =>
        (await db.emailDelivery.count({ where: { signupId, status: "queued", attempts: 1 } })) === 2,
    );
    await runRetriesNow(database.url);
    await waitFor(
      async () => (await db.emailDelivery.count({ where: { signupId, status: "failed" } })) === 2,
    );
    const failed = await db.emailDelivery.findMany({ where: { signupId } });
    for (const delivery of failed) {
      expect(delivery.attempts).toBe(2);
      expect(delivery.lastError).toMatch(/ECONNREFUSED/);
      expect(delivery.lastError).not.toMatch(/@/);
    }
    expect(workerLog.some((line) => line.startsWith("error:"))).toBe(true);
  });
});
