import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import pg from "pg";
import { findFreePort } from "../../lib/dev/free-port";
import { E2E_BUILD_ENV, E2E_URL } from "./e2e-environment";

// Issue 19: the command-line tools work beside a running site, and without one. The site is
// `npm start` itself (the package.json script, on the production build the other end-to-end
// tests use, so nothing is built here) on an embedded PostgreSQL in a data folder of its own;
// the commands run as their package.json scripts, each in its own process. No browser: it
// lives here because only this phase has the production build.

const SCRIPTS = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
  .scripts;
const PASSWORD = "a long enough passphrase for the test";

type Outcome = { code: number; stdout: string; stderr: string };

let dataDir: string;
let env: NodeJS.ProcessEnv;
let port: number;

/** `npm run <name> -- <args>` without npm itself: the script's own command line. */
function npmRun(name: string, args: string[] = []) {
  return spawn("sh", ["-c", `exec ${SCRIPTS[name]} "$@"`, "sh", ...args], { env, detached: true });
}

function finished(child: ReturnType<typeof npmRun>): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.once("close", (code, signal) =>
      resolve({ code: code ?? 1, stdout, stderr: stderr + (signal ?? "") }),
    ),
  );
}

const run = (name: string, args: string[] = []) => finished(npmRun(name, args));

/**
 * The four commands of the issue, two at a time on the data folder's one database: first two
 * that migrate it (a fresh folder has no schema yet), then two that need the schema.
 */
async function allCommands(email: string): Promise<Outcome[]> {
  const [created, seeded] = await Promise.all([
    run("admin:create", ["--email", email]),
    run("db:seed:volume", ["50"]),
  ]);
  const [status, retried] = await Promise.all([run("db:status"), run("email:retry", ["--failed"])]);
  return [created!, status!, retried!, seeded!];
}

function expectSucceeded(outcomes: Outcome[], line: string) {
  for (const outcome of outcomes) {
    expect(outcome, outcome.stdout + outcome.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(outcome.stdout).toContain(line);
  }
  const [created, status, retried, seeded] = outcomes.map((o) => o.stdout);
  expect(created).toMatch(/set-password\?token=/);
  expect(status).toContain("Database schema is up to date.");
  expect(retried).toMatch(/\d+ emails? queued again\./);
  expect(seeded).toContain("Added 50 signups");
}

/** Through the running site, as a person would: the link's password set, then a sign-in. */
async function expectCanSignIn(created: Outcome, email: string) {
  const token = /token=([\w-]+)/.exec(created.stdout)![1]!;
  const site = await playwrightRequest.newContext({
    baseURL: `http://localhost:${port}`,
    extraHTTPHeaders: { origin: E2E_URL },
  });
  try {
    const set = await site.post("/api/auth/reset-password", { data: { token, newPassword: PASSWORD } });
    expect(set.status(), await set.text()).toBe(200);
    const signedIn = await site.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD } });
    expect(signedIn.status()).toBe(200);
    expect(signedIn.headers()["set-cookie"]).toContain("session_token");
  } finally {
    await site.dispose();
  }
}

async function countSignups(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ count: string }>("SELECT count(*) FROM signups")).rows[0]!.count);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "pbv-cli-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  port = await findFreePort();
  env = {
    ...process.env,
    ...E2E_BUILD_ENV,
    PATH: `${path.resolve("node_modules/.bin")}:${process.env.PATH}`,
    DATA_DIR: path.join(dataDir, "data"),
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const name of ["DATABASE_URL", "MIGRATION_DATABASE_URL", "SMTP_URL", "SESSION_SECRET", "NODE_ENV"]) {
    delete env[name];
  }
});

test.afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

test("the commands work on their own, beside npm start on its database (waiting for each other), and after it stops", async () => {
  test.setTimeout(240_000);
  const data = env.DATA_DIR!;
  // No site: each starts the data folder's database for its run and stops it after, one at a
  // time (the first also makes it).
  const alone = await allCommands("alone@example.org");
  expectSucceeded(alone, "Starting the embedded PostgreSQL…");
  expect(existsSync(path.join(data, "postgres.lock"))).toBe(false);
  expect(existsSync(path.join(data, "postgres", "postmaster.pid"))).toBe(false);

  const site = npmRun("start");
  const siteDone = finished(site);
  let siteOut = "";
  site.stdout.on("data", (chunk: Buffer) => (siteOut += chunk.toString()));
  try {
    // Up once the launcher has migrated, seeded, found the build current and started serving.
    await expect.poll(() => siteOut, { timeout: 120_000, intervals: [200] }).toContain("Stop with Ctrl-C.");
    expect(siteOut).toContain("Build is current");
    const [beside, second] = await Promise.all([allCommands("beside@example.org"), run("start")]);
    expectSucceeded(beside, "Using the database of the running npm start / npm run dev.");
    // A second site on the same data folder says so in one line.
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^Another npm start or npm run dev \(pid \d+\) is running on .+: stop it first/),
    ]);

    // One database throughout: both runs' accounts (each signs in on the site) and signups.
    const { databaseUrl } = JSON.parse(await readFile(path.join(data, "runtime.json"), "utf8")) as {
      databaseUrl: string;
    };
    await expectCanSignIn(alone[0]!, "alone@example.org");
    await expectCanSignIn(beside[0]!, "beside@example.org");
    expect(await countSignups(databaseUrl)).toBe(100);
    expect(site.exitCode).toBeNull();
  } finally {
    // Ctrl-C, as in a terminal: the signal reaches the whole process group.
    if (site.exitCode === null) process.kill(-site.pid!, "SIGINT");
  }
  const stopped = await siteDone;
  expect(stopped.code, stopped.stderr).toBe(0);
  expect(existsSync(path.join(data, "postgres.lock"))).toBe(false);

  // With the site stopped, the commands start the database for themselves again.
  const after = await allCommands("after@example.org");
  expectSucceeded(after, "Starting the embedded PostgreSQL…");
  expect(existsSync(path.join(data, "postgres", "postmaster.pid"))).toBe(false);
});
