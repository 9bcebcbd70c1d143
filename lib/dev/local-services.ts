import { randomBytes } from "node:crypto";
import { chmod, link, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import exitHook from "async-exit-hook";
import pg from "pg";
import type { Env } from "../config/env-schema";
import type { LaunchServices } from "../config/launch-services";
import { acquireDataFolder, type Owner } from "./data-folder-lock";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { startMailCatcher } from "./mail-catcher";
import { privateDirectory, writePrivateFile } from "./private-files";

// What `npm start` and `npm run dev` bring up when the environment names no database or
// mail server: everything a newcomer needs, kept under DATA_DIR. Outside production only: the
// launcher imports this module dynamically (lib/config/launch-services.ts decides), so its
// packages are development dependencies.

export type LocalServices = LaunchServices;
export { DataFolderInUseError } from "./data-folder-lock";

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM by itself and then exits with 130/143,
 * racing the launcher's own orderly shutdown (app first, then database). The launcher takes
 * the signals back and stops everything in order.
 */
export function takeOverShutdownSignals(): void {
  exitHook.unhookEvent("SIGINT");
  exitHook.unhookEvent("SIGTERM");
}

/**
 * `owner`: "site" (the launcher, the default) holds the embedded database for as long as it
 * runs; a "command" uses the running site's database, or starts its own for its run when no
 * site is running (lib/dev/data-folder-lock.ts).
 */
export async function startLocalServices(
  env: Env,
  options: { needsMail: boolean; log: (line: string) => void; owner?: Owner },
): Promise<LocalServices> {
  const dataDir = path.resolve(env.DATA_DIR);
  const owner = options.owner ?? "site";
  const notes: string[] = [];
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => {});
  };
  let ready = async (): Promise<void> => {};
  try {
    // 0700 (as root 0710 with the postgres group: lib/dev/private-files.ts), also when it exists.
    await privateDirectory(dataDir, { postgresPasses: !env.DATABASE_URL });
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const db = await embeddedDatabase(dataDir, owner, options.log);
      stops.push(db.stop);
      databaseUrl = db.url;
      ready = db.markReady;
      notes.push(db.note);
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
    if (!env.DATABASE_URL && owner === "site") {
      // Where local tools and tests find this run's embedded services.
      const runtime = { databaseUrl, smtpUrl: smtpUrl ?? null, mailDirectory: path.join(dataDir, "mail") };
      await writePrivateFile(path.join(dataDir, "runtime.json"), JSON.stringify(runtime, null, 2));
    }
    return { databaseUrl, smtpUrl: smtpUrl ?? "", sessionSecret, notes, ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

type EmbeddedForRun = { url: string; note: string; markReady(): Promise<void>; stop(): Promise<void> };

/** The data folder's embedded PostgreSQL: the running site's, or one started for this run. */
async function embeddedDatabase(
  dataDir: string,
  owner: Owner,
  log: (line: string) => void,
): Promise<EmbeddedForRun> {
  const acquired = await acquireDataFolder(dataDir, { owner, log, answers });
  if (acquired.kind === "site") {
    log("Using the database of the running npm start / npm run dev.");
    const note = "Database: the running site's embedded PostgreSQL";
    return { url: acquired.databaseUrl, note, markReady: async () => {}, stop: async () => {} };
  }
  const { lock } = acquired;
  try {
    log("Starting the embedded PostgreSQL…");
    const db = await startEmbeddedPostgres({ directory: path.join(dataDir, "postgres"), onNotice: log });
    return {
      url: db.url,
      note: `Database: embedded PostgreSQL on 127.0.0.1:${db.port}, data in ${db.directory}`,
      markReady: () => lock.markReady(db.url),
      async stop() {
        try {
          await lock.markStopping();
          await db.stop();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Whether a database answers at `url` (a site's lock may outlive its database by a moment). */
async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const readSecret = async (file: string) => {
  const text = (await readFile(file, "utf8").catch(() => "")).trim();
  return text.length >= 32 ? text : undefined;
};

/**
 * Outside production a session secret is generated once and kept with the local data; created
 * exclusively, so a site and a command starting together agree on one.
 */
async function localSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "session-secret");
  const existing = await readSecret(file);
  if (existing) {
    await chmod(file, 0o600);
    return existing;
  }
  const secret = randomBytes(32).toString("hex");
  // Written whole, then linked in: another process reads all of it or none.
  const temporary = `${file}.${process.pid}`;
  await writeFile(temporary, secret, { mode: 0o600 });
  const created = await link(temporary, file).then(
    () => true,
    () => false,
  );
  await unlink(temporary);
  if (created) return secret;
  const theirs = await readSecret(file);
  if (theirs) return theirs;
  await writePrivateFile(file, secret); // An older, too short secret: replaced.
  return secret;
}
