import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { findFreePort } from "../../lib/dev/free-port";

const run = promisify(execFile);

type Outcome = { code: number; stderr: string; dataDirCreated: boolean; listening: boolean };

/** `npm start`'s launcher with `env` over ours, in a fresh DATA_DIR on a free port. */
async function start(env: Record<string, string>): Promise<Outcome> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "pbv-config-"));
  const port = await findFreePort();
  try {
    const result = await run(process.execPath, ["--import", "tsx", "scripts/start.ts", "start"], {
      env: { ...process.env, DATA_DIR: path.join(dataDir, "data"), PORT: String(port), ...env },
    }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => error,
    );
    return {
      code: result.code,
      stderr: result.stderr,
      // The embedded PostgreSQL and the mail catcher keep their data under DATA_DIR.
      dataDirCreated: existsSync(path.join(dataDir, "data")),
      listening: await isListening(port),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("start-up configuration", () => {
  it.each([
    ["PORT", "not-a-port"],
    ["SMTP_URL", "http://mail.example.org"],
    ["STAFF_EMAIL_ATTORNEY", "attorneys-at-example"],
    ["RESPONSE_PROMISE_DAYS", "0"],
  ])("stops `npm start` with one line naming %s before starting anything", async (variable, value) => {
    const outcome = await start({ [variable]: value });
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${variable} must be `));
    expect(outcome.dataDirCreated).toBe(false);
  });
});

describe("a production start", () => {
  // Valid values that are never reached: the start stops before connecting to anything.
  const production = {
    NODE_ENV: "production",
    DATABASE_URL: "postgresql://app:secret@db.example.org:5432/app",
    SMTP_URL: "smtps://mail.example.org:465",
    SITE_URL: "https://volunteer.example.org",
    STAFF_EMAIL: "intake@example.org",
    SESSION_SECRET: "p".repeat(40),
  };
  const required = ["DATABASE_URL", "SMTP_URL", "SITE_URL", "STAFF_EMAIL", "SESSION_SECRET"] as const;
  const missingLine = (name: string) =>
    new RegExp(`^Configuration error: ${name} must be set when NODE_ENV=production \\(.+\\)\\.$`);

  it.each(required)(
    "without %s stops with one line naming it, and starts no database or mail catcher",
    async (name) => {
      const outcome = await start({ ...production, [name]: "" });
      expect(outcome.code).not.toBe(0);
      const lines = outcome.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(missingLine(name));
      expect(outcome.dataDirCreated).toBe(false);
      expect(outcome.listening).toBe(false);
    },
  );

  it("with none of them names each on its own line", async () => {
    const outcome = await start({
      NODE_ENV: "production",
      ...Object.fromEntries(required.map((n) => [n, ""])),
    });
    expect(outcome.code).not.toBe(0);
    const lines = outcome.stderr.trim().split("\n");
    expect(lines).toHaveLength(required.length);
    required.forEach((name, index) => expect(lines[index]).toMatch(missingLine(name)));
    expect(outcome.dataDirCreated).toBe(false);
    expect(outcome.listening).toBe(false);
  });
});
