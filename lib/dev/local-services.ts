import { randomBytes } from "node:crypto";
import { chmod, readFile } from "node:fs/promises";
import path from "node:path";
import exitHook from "async-exit-hook";
import type { Env } from "../config/env-schema";
import type { LaunchServices } from "../config/launch-services";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { startMailCatcher } from "./mail-catcher";
import { privateDirectory, writePrivateFile } from "./private-files";

// What `npm start` and `npm run dev` bring up when the environment names no database or
// mail server: everything a newcomer needs, kept under DATA_DIR. Outside production only: the
// launcher imports this module dynamically (lib/config/launch-services.ts decides), so its
// packages are development dependencies.

export type LocalServices = LaunchServices;

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM by itself and then exits with 130/143,
 * racing the launcher's own orderly shutdown (app first, then database). The launcher takes
 * the signals back and stops everything in order.
 */
export function takeOverShutdownSignals(): void {
  exitHook.unhookEvent("SIGINT");
  exitHook.unhookEvent("SIGTERM");
}

export async function startLocalServices(
  env: Env,
  options: { needsMail: boolean; log: (line: string) => void },
): Promise<LocalServices> {
  const dataDir = path.resolve(env.DATA_DIR);
  const notes: string[] = [];
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => {});
  };
  try {
    // 0700 (as root 0710 with the postgres group: lib/dev/private-files.ts), also when it exists.
    await privateDirectory(dataDir);
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      options.log("Starting the embedded PostgreSQL…");
      const db = await startEmbeddedPostgres({ directory: path.join(dataDir, "postgres") });
      stops.push(db.stop);
      databaseUrl = db.url;
      notes.push(`Database: embedded PostgreSQL on 127.0.0.1:${db.port}, data in ${db.directory}`);
    } else {
      notes.push("Database: DATABASE_URL");
    }

    let smtpUrl = env.SMTP_URL;
    if (!smtpUrl && options.needsMail) {
      const catcher = await startMailCatcher({ directory: path.join(dataDir, "mail") });
      stops.push(catcher.close);
      smtpUrl = catcher.url;
      notes.push(
        `Email: caught locally (SMTP on 127.0.0.1:${catcher.port}); read them in ${catcher.directory}`,
      );
    } else if (smtpUrl) {
      notes.push("Email: sent through SMTP_URL");
    }

    const sessionSecret =
      env.SESSION_SECRET ?? (env.NODE_ENV === "production" ? undefined : await localSecret(dataDir));
    if (!env.DATABASE_URL) {
      // Where local tools and tests find this run's embedded services.
      const runtime = { databaseUrl, smtpUrl: smtpUrl ?? null, mailDirectory: path.join(dataDir, "mail") };
      await writePrivateFile(path.join(dataDir, "runtime.json"), JSON.stringify(runtime, null, 2));
    }
    return { databaseUrl, smtpUrl: smtpUrl ?? "", sessionSecret, notes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Outside production a session secret is generated once and kept with the local data. */
async function localSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "session-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) {
    await chmod(file, 0o600);
    return existing.trim();
  }
  const secret = randomBytes(32).toString("hex");
  await writePrivateFile(file, secret);
  return secret;
}
