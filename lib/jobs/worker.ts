import { parseCronItems, type Logger } from "graphile-worker";
import type { Env } from "../config/env-schema";
import { createDb } from "../db/client";
import { createMailTransport } from "../email/transport";
import { quietLogger } from "./logger";
import { createFailedEmailNoticeTask } from "./failed-email-notice-task";
import { createVolunteerLinkTask } from "../volunteer-access/link-task";
import { createStaffDigestTask, staffDigestCronItems } from "../volunteer-access/staff-digest-task";
import {
  FAILED_EMAIL_NOTICE_TASK,
  SEND_EMAIL_TASK,
  SEND_STAFF_EMAIL_TASK,
  STAFF_DIGEST_TASK,
  VOLUNTEER_LINK_TASK,
} from "./queue";
import {
  createProposalCleanupTask,
  PROPOSAL_CLEANUP_TASK,
  proposalCleanupCronItems,
} from "./proposal-cleanup-task";
import { createRetentionTask, RETENTION_TASK, retentionCronItems } from "./retention-task";
import {
  createTrainingReminderTask,
  TRAINING_REMINDER_TASK,
  trainingReminderCronItems,
} from "../trainings/reminder-task";
import { createSendEmailTask } from "./send-email-task";
import { createSendStaffEmailTask } from "./send-staff-email-task";
import { superviseRunner } from "./supervise-runner";
import { startWatchedRunner } from "./watched-runner";

export type EmailWorker = { stop(): Promise<void> };

type WorkerEnv = Pick<
  Env,
  | "MAIL_FROM"
  | "SITE_URL"
  | "ORG_NAME"
  | "ORG_EMAIL"
  | "ORG_TIME_ZONE"
  | "RESPONSE_PROMISE_DAYS"
  | "STAFF_EMAIL"
  | "STAFF_EMAIL_ATTORNEY"
  | "STAFF_EMAIL_MEDICAL"
  | "STAFF_EMAIL_INTERPRETER"
> & { SESSION_SECRET: string } & Partial<Pick<Env, "SIGNUP_RETENTION_DAYS" | "EMAIL_MAX_ATTEMPTS">>;

/**
 * Runs the email queue (with the staff notice of failed email), the hourly staff digest of
 * volunteers' own changes, the daily cleanup of expired proposals, trainings' day-before
 * reminders (every quarter hour), and the daily retention job
 * when SIGNUP_RETENTION_DAYS is set: in the web process by default, or alone with `npm run worker`.
 */
export async function startEmailWorker(options: {
  databaseUrl: string;
  smtpUrl: string;
  env: WorkerEnv;
  concurrency?: number;
  logger?: Logger;
}): Promise<EmailWorker> {
  const db = createDb(options.databaseUrl);
  const transport = createMailTransport(options.smtpUrl);
  const logger = options.logger ?? quietLogger;
  const concurrency = options.concurrency ?? 5;
  const retentionDays = options.env.SIGNUP_RETENTION_DAYS;
  const taskList = {
    [SEND_EMAIL_TASK]: createSendEmailTask({ db, transport, env: options.env }),
    [SEND_STAFF_EMAIL_TASK]: createSendStaffEmailTask({ transport, env: options.env }),
    [VOLUNTEER_LINK_TASK]: createVolunteerLinkTask({ db, transport, env: options.env }),
    [FAILED_EMAIL_NOTICE_TASK]: createFailedEmailNoticeTask({ db, transport, env: options.env }),
    [STAFF_DIGEST_TASK]: createStaffDigestTask({ db, transport, env: options.env }),
    [PROPOSAL_CLEANUP_TASK]: createProposalCleanupTask({ db }),
    [TRAINING_REMINDER_TASK]: createTrainingReminderTask({ db, env: options.env }),
    ...(retentionDays ? { [RETENTION_TASK]: createRetentionTask({ db, days: retentionDays }) } : {}),
  };

  // A new runner (with a new pool) each time superviseRunner needs one.
  const startRunner = () =>
    startWatchedRunner({
      connectionString: options.databaseUrl,
      concurrency,
      pollInterval: 2000,
      noHandleSignals: true,
      logger,
      taskList,
      // Several workers may share a schedule: graphile-worker queues each run once.
      parsedCronItems: parseCronItems([
        ...staffDigestCronItems,
        ...proposalCleanupCronItems,
        ...trainingReminderCronItems,
        ...retentionCronItems(retentionDays),
      ]),
      // A burst of signups is a burst of jobs, each announced by a NOTIFY: jobs are fetched and
      // marked done in batches rather than one query each (worker.graphile.org/docs/performance).
      // Batched completion may run a job again after a crash; the task is idempotent.
      preset: {
        worker: {
          localQueue: { size: concurrency * 4, refetchDelay: { durationMs: 100 } },
          completeJobBatchDelay: 50,
          failJobBatchDelay: 50,
        },
      },
    });

  try {
    const supervised = await superviseRunner(startRunner, { logger });
    return {
      async stop() {
        await supervised.stop();
        transport.close();
        await db.$disconnect();
      },
    };
  } catch (error) {
    transport.close();
    await db.$disconnect();
    throw error;
  }
}
