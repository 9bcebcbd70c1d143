// `npm run worker`: the email queue worker on its own (set WORKER_MODE=separate for the web
// processes). Needs DATABASE_URL and SMTP_URL; migrates the queue's schema as
// MIGRATION_DATABASE_URL's role when it is set.
import { getEnv } from "../lib/config/env";
import { migrationDatabaseUrl } from "../lib/config/launch-services";
import { applyQueueMigrations } from "../lib/jobs/all-migrations";
import { carryOnAfterUnreturnedJobs } from "../lib/jobs/unreturned-jobs-rejection";
import { startEmailWorker } from "../lib/jobs/worker";
import { failureLine } from "./command-services";

const env = (() => {
  try {
    return getEnv();
  } catch (error) {
    console.error(failureLine(error)); // a configuration error names the variable
    process.exit(1);
  }
})();
if (!env.DATABASE_URL || !env.SMTP_URL || !env.SESSION_SECRET) {
  // The secret signs the "stop these emails" links in messages, as the web processes do.
  console.error("npm run worker needs DATABASE_URL, SMTP_URL and SESSION_SECRET (the web processes' own).");
  process.exit(1);
}
process.on("unhandledRejection", carryOnAfterUnreturnedJobs(console.warn));
const worker = await applyQueueMigrations(env.DATABASE_URL, migrationDatabaseUrl(env, env.DATABASE_URL))
  .then(() =>
    startEmailWorker({
      databaseUrl: env.DATABASE_URL!,
      smtpUrl: env.SMTP_URL!,
      env: { ...env, SESSION_SECRET: env.SESSION_SECRET! },
    }),
  )
  .catch((error: unknown) => {
    // The database unreachable at start: one line, no stack trace.
    console.error(`The email worker could not start: ${failureLine(error)}`);
    process.exit(1);
  });
console.log("Email worker running; stop with Ctrl-C.");
const stop = () => void worker.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
