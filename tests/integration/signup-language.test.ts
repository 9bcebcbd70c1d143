import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { format } from "../../lib/messages";
import { es } from "../../lib/messages/es";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { capturingLogger, tempMailDir, waitForMessages } from "../support/worker-harness";

// A signup keeps the language its form was in: the volunteer is written to in it, staff in
// theirs with a word on which language to answer in.

let database: TestDatabase;
let db: Db;
let mail: Awaited<ReturnType<typeof tempMailDir>>;
let catcher: MailCatcher | undefined;
let worker: EmailWorker | undefined;

beforeEach(async () => {
  database = await createTestDatabase({ migrate: true });
  db = createDb(database.url);
  mail = await tempMailDir();
  const port = await findFreePort();
  catcher = await startMailCatcher({ directory: mail.dir, port });
  worker = await startEmailWorker({
    databaseUrl: database.url,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    env: TEST_EMAIL_ENV,
    logger: capturingLogger([]),
  });
});

afterEach(async () => {
  await worker?.stop();
  await catcher?.close();
  await db.$disconnect();
  await database.drop();
  await mail.cleanup();
});

describe("a signup made in Spanish", () => {
  it("is stored with its language; the volunteer's confirmation is Spanish, the staff email English", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("interpreter", 1), { locale: "es" });
    expect((await db.signup.findUniqueOrThrow({ where: { id: signupId } })).locale).toBe("es");

    const messages = await waitForMessages(mail.dir, 2);
    const toVolunteer = messages.find((m) => m.envelopeTo.includes("ana.1@example.com"))!;
    const toStaff = messages.find((m) => m !== toVolunteer)!;
    expect(toVolunteer.subject).toBe(
      format(es.emails.confirmation.subject, { org: TEST_EMAIL_ENV.ORG_NAME }),
    );
    expect(toStaff.subject).toMatch(/^New translator\/interpreter signup: /);
    expect(toStaff.text).toContain(
      "This signup was made in Spanish: please answer the volunteer in Spanish.",
    );
  });

  it("and one made in English says nothing of languages", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("attorney", 2));
    expect((await db.signup.findUniqueOrThrow({ where: { id: signupId } })).locale).toBe("en");
    const messages = await waitForMessages(mail.dir, 2);
    for (const message of messages) expect(message.text).not.toContain("made in");
  });
});
