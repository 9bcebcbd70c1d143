import net from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findFreePort } from "../../lib/dev/free-port";
import { startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { proxiedTestDatabase, type ProxiedTestDatabase } from "../support/tcp-proxy";
import { capturingLogger, tempMailDir, waitForMessages } from "../support/worker-harness";

// graphile-worker shuts its pool down for good when it cannot record the end of a job it had
// in hand because the database went away (a PostgreSQL restart). Here the worker reaches
// PostgreSQL through a proxy the test cuts while a job waits on the SMTP server.

let database: ProxiedTestDatabase;
let mail: Awaited<ReturnType<typeof tempMailDir>>;
let smtpPort: number;
let worker: EmailWorker | undefined;
let catcher: MailCatcher | undefined;
let stalling: net.Server | undefined;
const held = new Set<net.Socket>();
const workerLog: string[] = [];

/** An SMTP server that does not greet: a job that connects stays in hand until the test refuses it. */
async function startStallingSmtp(port: number): Promise<net.Server> {
  const server = net.createServer((socket) => {
    held.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeEach(async () => {
  database = await proxiedTestDatabase({ migrate: true });
  mail = await tempMailDir();
  smtpPort = await findFreePort();
  workerLog.length = 0;
  held.clear();
});

afterEach(async () => {
  await worker?.stop();
  await catcher?.close();
  for (const socket of held) socket.destroy();
  await new Promise((resolve) => (stalling ? stalling.close(resolve) : resolve(undefined)));
  worker = catcher = stalling = undefined;
  await database.close();
  await mail.cleanup();
});

describe("the email worker after its database connection failed with a job in hand", () => {
  it("starts again by itself and sends the emails of signups stored afterwards", async () => {
    stalling = await startStallingSmtp(smtpPort);
    worker = await startEmailWorker({
      databaseUrl: database.url,
      smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
      env: TEST_EMAIL_ENV,
      logger: capturingLogger(workerLog),
    });
    await storeSignup(database.db, sampleSubmission("attorney", 1));
    await waitFor(() => held.size > 0, "a job to connect to the SMTP server");

    // The database goes away, then the SMTP server refuses the job: graphile-worker cannot record
    // the failure, and its pool shuts itself down.
    await database.proxy.cut();
    for (const socket of held) socket.end("421 Service not available\r\n");
    await waitFor(
      () => workerLog.some((line) => line.includes("Failed to fail jobs")),
      "the pool to give up",
    );

    await new Promise((resolve) => stalling!.close(resolve));
    stalling = undefined;
    catcher = await startMailCatcher({ directory: mail.dir, port: smtpPort });
    await database.proxy.start();

    const later = await storeSignup(database.db, sampleSubmission("medical", 2));
    await waitFor(
      async () =>
        (await database.db.emailDelivery.count({ where: { signupId: later.signupId, status: "sent" } })) ===
        2,
      "the later signup's two emails to be sent",
    );
    const deliveries = await database.db.emailDelivery.findMany({ where: { signupId: later.signupId } });
    const received = await waitForMessages(mail.dir, 2);
    expect(received.map((message) => message.messageId).sort()).toEqual(
      deliveries.map((delivery) => delivery.messageId).sort(),
    );
    expect(workerLog).toContain("warning: Email worker stopped unexpectedly; starting it again in 1 s");

    // Only the new pool's liveness connection is left: the dead pool's jobs get taken back.
    const beacons = await database.db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM pg_stat_activity
       WHERE datname = current_database() AND application_name LIKE 'gw-pool:%'`;
    expect(Number(beacons[0]!.count)).toBe(1);
  });
});
