import { afterEach, beforeEach } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { TEST_EMAIL_ENV } from "./signup-fixtures";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { capturingLogger, tempMailDir } from "./worker-harness";

/**
 * For each test: a fresh migrated database, a mail folder, and on demand a real SMTP server
 * (the mail catcher) with the email worker sending to it; all stopped and removed after.
 */
export function emailTestBed() {
  let state: { database: TestDatabase; db: Db; mail: Awaited<ReturnType<typeof tempMailDir>> } | undefined;
  let catcher: MailCatcher | undefined;
  let worker: EmailWorker | undefined;

  beforeEach(async () => {
    const database = await createTestDatabase({ migrate: true });
    state = { database, db: createDb(database.url), mail: await tempMailDir() };
  });

  afterEach(async () => {
    await worker?.stop();
    await catcher?.close();
    worker = catcher = undefined;
    await state?.db.$disconnect();
    await state?.database.drop();
    await state?.mail.cleanup();
  });

  return {
    /** This test's database and its client (they exist once beforeEach has run). */
    current: () => ({ database: state!.database, db: state!.db }),
    mailDir: () => state!.mail.dir,
    async startMail(env = TEST_EMAIL_ENV) {
      const port = await findFreePort();
      catcher = await startMailCatcher({ directory: state!.mail.dir, port });
      worker = await startEmailWorker({
        databaseUrl: state!.database.url,
        smtpUrl: `smtp://127.0.0.1:${port}`,
        env,
        logger: capturingLogger([]),
      });
    },
  };
}
