import { run, type Logger, type Runner } from "graphile-worker";
import type { Env } from "../config/env-schema";
import { createDb } from "../db/client";
import { createMailTransport } from "../email/transport";
import { quietLogger } from "./logger";
import { SEND_EMAIL_TASK } from "./queue";
import { createSendEmailTask } from "./send-email-task";

export type EmailWorker = { stop(): Promise<void> };

type WorkerEnv = Pick<Env, "MAIL_FROM" | "SITE_URL" | "ORG_NAME" | "ORG_EMAIL">;

/** Runs the email queue: in the web process by default, or alone with `npm run worker`. */
export async function startEmailWorker(options: {
  databaseUrl: string;
  smtpUrl: string;
  env: WorkerEnv;
  concurrency?: number;
  logger?: Logger;
}): Promise<EmailWorker> {
  const db = createDb(options.databaseUrl);
  const transport = createMailTransport(options.smtpUrl);
  let runner: Runner;
  try {
    runner = await run({
      connectionString: options.databaseUrl,
      concurrency: options.concurrency ?? 5,
      pollInterval: 2000,
      noHandleSignals: true,
      logger: options.logger ?? quietLogger,
      taskList: { [SEND_EMAIL_TASK]: createSendEmailTask({ db, transport, env: options.env }) },
    });
  } catch (error) {
    transport.close();
    await db.$disconnect();
    throw error;
  }
  return {
    async stop() {
      await runner.stop();
      transport.close();
      await db.$disconnect();
    },
  };
}
