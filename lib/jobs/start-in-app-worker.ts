import "server-only";
import { getEnv } from "../config/env";
import { startEmailWorker } from "./worker";

// Imported by instrumentation.ts: each web process also delivers queued email, unless
// WORKER_MODE=separate leaves that to `npm run worker`.
const env = getEnv();
if (env.WORKER_MODE === "in-app" && env.DATABASE_URL && env.SMTP_URL) {
  const worker = await startEmailWorker({ databaseUrl: env.DATABASE_URL, smtpUrl: env.SMTP_URL, env });
  // Stop taking jobs, finish the ones in hand, then let the process end (at most 5 s).
  const stop = () => {
    setTimeout(() => process.exit(0), 5000).unref();
    void worker.stop().finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
