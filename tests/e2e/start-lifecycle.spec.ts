import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { findFreePort } from "../../lib/dev/free-port";
import { E2E_BUILD_ENV } from "./e2e-environment";

// `npm start` as a person runs it: start, stop with SIGTERM or Ctrl-C (SIGINT), start again.
// It reuses the build made for the other end-to-end tests (same SITE_URL), so no rebuild.

// A port of its own, found free when the file starts: another checkout may be testing too.
let PORT: number;
test.beforeAll(async () => {
  PORT = await findFreePort();
});

type Started = { process: ChildProcess; output: () => string; dbPort: number; smtpPort: number };

async function startSite(dataDir: string): Promise<Started> {
  expect(await isListening(PORT), `port ${PORT} must be free for this test`).toBe(false);
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "start"], {
    env: { ...process.env, ...E2E_BUILD_ENV, DATA_DIR: dataDir, PORT: String(PORT) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await expect
    .poll(
      async () =>
        fetch(`http://127.0.0.1:${PORT}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      {
        timeout: 120_000,
        message: "the site answers /api/health",
      },
    )
    .toBe(200)
    .catch((error: Error) => {
      throw new Error(`${error.message}\n--- output of scripts/start.ts ---\n${output}`);
    });
  expect(output).toContain("Serving");
  const dbPort = Number(/embedded PostgreSQL on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
  const smtpPort = Number(/SMTP on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
  expect(output).toContain(`read them in ${path.join(dataDir, "mail")}`);
  return { process: child, output: () => output, dbPort, smtpPort };
}

function stopSite(site: Started, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    site.process.once("exit", (code) => resolve(code));
    site.process.kill(signal);
  });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function postgresProcessesFor(dataDir: string): string {
  try {
    return execFileSync("pgrep", ["-af", `postgres -D ${dataDir}`]).toString();
  } catch {
    return "";
  }
}

async function query<T extends pg.QueryResultRow>(dbPort: number, sql: string): Promise<T[]> {
  const client = new pg.Client({
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${dbPort}/app`,
  });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

test("stopping npm start leaves no database or mail catcher behind, and data survives a restart", async () => {
  test.setTimeout(300_000);
  const root = await mkdtemp(path.join(os.tmpdir(), "pbv-lifecycle-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  await chmod(root, 0o755);
  const dataDir = path.join(root, "data");
  try {
    const first = await startSite(dataDir);
    expect(first.output()).not.toContain("Building the site");
    await query(first.dbPort, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");

    expect(await stopSite(first, "SIGTERM")).toBe(0);
    expect(postgresProcessesFor(path.join(dataDir, "postgres"))).toBe("");
    expect(await isListening(first.dbPort)).toBe(false);
    expect(await isListening(first.smtpPort)).toBe(false);
    expect(await isListening(PORT)).toBe(false);

    const second = await startSite(dataDir);
    const rows = await query<{ note: string }>(second.dbPort, "SELECT note FROM kept");
    expect(rows).toEqual([{ note: "still here" }]);

    expect(await stopSite(second, "SIGINT")).toBe(0);
    expect(postgresProcessesFor(path.join(dataDir, "postgres"))).toBe("");
    expect(await isListening(PORT)).toBe(false);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
