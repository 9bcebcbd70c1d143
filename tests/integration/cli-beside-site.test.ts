// Issue 19: the command-line tools work beside a running site, and without one.
//
// The site is the real launcher, scripts/start.ts, started as `npm run dev` starts it: the same
// embedded PostgreSQL under DATA_DIR, the same data-folder lock, migrations, seed content and
// development admin as `npm start`, and a real Next.js server. Only `npm start`'s production
// build is left out (1-2 minutes here), and it has nothing to do with the database the
// commands share. The commands run as their package.json scripts, each in its own process.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { callAuth, signIn, testAccountDeps } from "../support/staff-auth";

const SCRIPTS = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
  .scripts;
const PASSWORD = "a long enough passphrase for the test";

type Outcome = { code: number; stdout: string; stderr: string };

let dataDir: string;
let env: NodeJS.ProcessEnv;

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

/** Sets the password through the link admin:create printed, then signs in with it. */
async function expectCanSignIn(databaseUrl: string, created: Outcome, email: string) {
  const token = /token=([\w-]+)/.exec(created.stdout)![1]!;
  const db = createDb(databaseUrl);
  try {
    const { auth } = testAccountDeps(db);
    const set = await callAuth(auth, "/reset-password", { body: { token, newPassword: PASSWORD } });
    expect(set.status).toBe(200);
    const signedIn = await signIn(auth, email, PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.cookie).toBeTruthy();
  } finally {
    await db.$disconnect();
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

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "pbv-cli-"));
  env = {
    ...process.env,
    PATH: `${path.resolve("node_modules/.bin")}:${process.env.PATH}`,
    DATA_DIR: dataDir,
    PORT: String(await findFreePort()),
    NEXT_DIST_DIR: ".next-cli",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const name of ["DATABASE_URL", "MIGRATION_DATABASE_URL", "SMTP_URL", "SESSION_SECRET", "NODE_ENV"]) {
    delete env[name];
  }
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("the command-line tools", () => {
  it("work on their own, then beside a running site on its database, waiting for each other", async () => {
    // No site: each starts the data folder's database for its run and stops it after, one at a
    // time (the first also makes it).
    const alone = await allCommands("alone@example.org");
    expectSucceeded(alone, "Starting the embedded PostgreSQL…");
    expect(existsSync(path.join(dataDir, "postgres.lock"))).toBe(false);
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);

    const site = npmRun("dev");
    const siteDone = finished(site);
    let siteOut = "";
    site.stdout.on("data", (chunk: Buffer) => (siteOut += chunk.toString()));
    try {
      // Up once the launcher has migrated, seeded and started Next.js.
      await expect.poll(() => siteOut, { timeout: 60_000, interval: 200 }).toContain("Stop with Ctrl-C.");
      const [beside, second] = await Promise.all([allCommands("beside@example.org"), run("dev")]);
      expectSucceeded(beside, "Using the database of the running npm start / npm run dev.");
      // A second site on the same data folder says so in one line.
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(
          /^Another npm start or npm run dev \(pid \d+\) is running on .+: stop it first/,
        ),
      ]);

      // One database throughout: both runs' accounts and signups.
      const { databaseUrl } = JSON.parse(await readFile(path.join(dataDir, "runtime.json"), "utf8")) as {
        databaseUrl: string;
      };
      await expectCanSignIn(databaseUrl, alone[0]!, "alone@example.org");
      await expectCanSignIn(databaseUrl, beside[0]!, "beside@example.org");
      expect(await countSignups(databaseUrl)).toBe(100);
      expect(site.exitCode).toBeNull();
    } finally {
      // Ctrl-C, as in a terminal: the signal reaches the whole process group.
      if (site.exitCode === null) process.kill(-site.pid!, "SIGINT");
    }
    const stopped = await siteDone;
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(existsSync(path.join(dataDir, "postgres.lock"))).toBe(false);
  }, 120_000);
});
