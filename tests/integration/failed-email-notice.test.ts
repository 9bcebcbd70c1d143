import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { readCaughtMessages, startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { capturingLogger, runRetriesNow, tempMailDir, waitForMessages } from "../support/worker-harness";

// Email that keeps failing reaches a person: staff are told once for a burst of failures, and
// `npm run email:retry` sends the failed emails once the mail server is back.

let database: TestDatabase;
let db: Db;
let mail: Awaited<ReturnType<typeof tempMailDir>>;
let catcher: MailCatcher | undefined;
let worker: EmailWorker | undefined;
let smtpPort: number;

beforeEach(async () => {
  database = await createTestDatabase({ migrate: true });
  db = createDb(database.url);
  mail = await tempMailDir();
  smtpPort = await findFreePort();
  worker = await startEmailWorker({
    databaseUrl: database.url,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    env: TEST_EMAIL_ENV,
    logger: capturingLogger([]),
  });
});

afterEach(async () => {
  await worker?.stop();
  await catcher?.close();
  worker = catcher = undefined;
  await db.$disconnect();
  await database.drop();
  await mail.cleanup();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const noticeJobs = () =>
  db.$queryRaw<{ run_at: Date }[]>`
    SELECT j.run_at FROM graphile_worker.jobs j WHERE j.task_identifier = 'notify_failed_emails'
       AND j.attempts < j.max_attempts`;

const retryCommand = (...args: string[]) =>
  promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/email-retry.ts", ...args], {
    env: { ...process.env, DATABASE_URL: database.url, SITE_URL: TEST_EMAIL_ENV.SITE_URL },
  });

describe("an email that fails on every attempt", () => {
  it("tells the staff inbox once for several failures, and email:retry delivers them", async () => {
    // The mail server is down and each email gets one attempt.
    const env = { ...TEST_EMAIL_ENV, EMAIL_MAX_ATTEMPTS: 1 };
    const first = await storeSignup(db, sampleSubmission("attorney", 1), { env });
    const second = await storeSignup(db, sampleSubmission("medical", 2), { env });
    await waitFor(async () => (await db.emailDelivery.count({ where: { status: "failed" } })) === 4);

    // One notice for the four, a few minutes out, so later failures join it.
    const jobs = await noticeJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.run_at.getTime()).toBeGreaterThan(Date.now() + 3 * 60_000);

    catcher = await startMailCatcher({ directory: mail.dir, port: smtpPort });
    await runRetriesNow(database.url);
    const [notice, ...others] = await waitForMessages(mail.dir, 1);
    expect(others).toHaveLength(0);
    expect(notice!.envelopeTo).toEqual([TEST_EMAIL_ENV.STAFF_EMAIL]);
    expect(notice!.subject).toBe("4 emails could not be delivered");
    for (const { signupId } of [first, second]) {
      expect(notice!.text).toContain(`${TEST_EMAIL_ENV.SITE_URL}/admin/signups/${signupId}`);
    }
    expect(notice!.text).toMatch(/^- Confirmation to the volunteer, attorney signup: ESOCKET$/m);
    // No volunteer's name or address: staff open the record for those.
    expect(`${notice!.text}${notice!.html}`).not.toMatch(/Ana|ana\.1@|ana\.2@|example\.com/);
    await waitFor(async () => (await db.emailDelivery.count({ where: { failureNotifiedAt: null } })) === 0);
    expect(await noticeJobs()).toHaveLength(0);

    const retried = await retryCommand("--failed");
    expect(retried.stdout).toContain("4 emails queued again.");
    expect(retried.stdout).toContain(`/admin/signups/${first.signupId}`);
    expect(retried.stdout).not.toMatch(/@example\.(com|org)/);
    const messages = await waitForMessages(mail.dir, 5);
    await waitFor(async () => (await db.emailDelivery.count({ where: { status: "sent" } })) === 4);
    expect(
      messages
        .slice(1)
        .flatMap((m) => m.envelopeTo)
        .sort(),
    ).toEqual(["ana.1@example.com", "ana.2@example.com", "attorneys@example.org", "staff@example.org"]);
    expect((await readCaughtMessages(mail.dir)).length).toBe(5);
    // Nothing is left to retry, and a delivery that has not failed is refused by id.
    expect((await retryCommand("--failed")).stdout).toContain("0 emails queued again.");
    const sent = await db.emailDelivery.findFirstOrThrow({ select: { id: true } });
    await expect(retryCommand("--id", sent.id)).rejects.toMatchObject({ code: 1 });
  }, 90_000);
});
