import "server-only";
import { getEnv } from "../config/env";
import { requireSessionSecret } from "../config/session-secret";
import { addShutdownTask } from "../server/shutdown-tasks";
import { startEmailWorker } from "./worker";

// Imported by instrumentation.ts: each web process also delivers queued email, unless
// WORKER_MODE=separate leaves that to `npm run worker`.
const env = getEnv();
if (env.WORKER_MODE === "in-app" && env.DATABASE_URL && env.SMTP_URL) {
  const worker = await startEmailWorker({
    databaseUrl: env.DATABASE_URL,
    smtpUrl: env.SMTP_URL,
    env: requireSessionSecret(env),
  });
  // Stop taking jobs and finish the ones in hand. Under scripts/serve.ts the server exits once
  // this and its requests in flight are done; alone, exit here (at most 5 s).
  const stop = () => {
    const stopped = worker.stop();
    if (addShutdownTask(stopped)) return;
    setTimeout(() => process.exit(0), 5000).unref();
    void stopped.finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
