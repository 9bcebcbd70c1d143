import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../../lib/dev/free-port";
import { E2E_BUILD_ENV } from "../../../tests/e2e/e2e-environment";
import { onCleanup } from "../../bench/support/run-bench";
import { exited, PROJECT_ROOT, spawnQuiet, waitUntilOk, type Spawned } from "../../bench/support/process";

// The app as `npm start` runs it (scripts/start.ts, which serves the production build through
// scripts/serve.ts), pointed at the scenario's own PostgreSQL and SMTP server.

/**
 * Built as the end-to-end site is (the same address and settings), so CI, which runs these
 * after `npm test`, can hand over that build (RELIABILITY_DIST_DIR=.next-e2e) instead of
 * building again; the build is the same for every scenario and instance.
 */
export const SITE_URL = E2E_BUILD_ENV.SITE_URL;
/** Its own build folder by default, so a run never rebuilds under an end-to-end run's feet. */
export const DIST_DIR = process.env.RELIABILITY_DIST_DIR ?? ".next-reliability";
/** Both instances of scenario 5 sign staff sessions with it. */
export const SESSION_SECRET = "reliability-session-secret-0123456789abcdef";

export type App = {
  url: string;
  port: number;
  launcher: Spawned;
  /** The process that serves HTTP and runs the in-app worker (scripts/serve.ts). */
  servePid(): number;
  output(): string;
};

export type AppOptions = {
  databaseUrl: string;
  smtpUrl: string;
  port?: number;
  env?: Record<string, string>;
};

export async function startApp(options: AppOptions): Promise<App> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "reliability-app-"));
  onCleanup(() => rm(dataDir, { recursive: true, force: true }));
  const port = options.port ?? (await findFreePort());
  const launcher = spawnQuiet(
    "npm start",
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "start"],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...E2E_BUILD_ENV,
        DATA_DIR: dataDir,
        PORT: String(port),
        NEXT_DIST_DIR: DIST_DIR,
        DATABASE_URL: options.databaseUrl,
        SMTP_URL: options.smtpUrl,
        SESSION_SECRET,
        // Signups here come from one address, in bulk, as fast as the machine posts them.
        SIGNUP_MIN_SECONDS: "0",
        SIGNUP_LIMIT_PER_IP: "1000000",
        SIGNUP_LIMIT_PER_EMAIL: "1000",
        CONFIRMATION_EMAILS_PER_HOUR: "1000000",
        ...options.env,
      },
      graceMs: 30_000,
    },
  );
  const url = `http://localhost:${port}`;
  await waitUntilOk(launcher, `${url}/api/health`, 600_000);
  return {
    url,
    port,
    launcher,
    servePid() {
      const children = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(launcher.child.pid)], {
        encoding: "utf8",
      });
      const line = children.split("\n").find((entry) => entry.includes("scripts/serve.ts"));
      if (!line) throw new Error("npm start has no scripts/serve.ts process");
      return Number(line.trim().split(/\s+/)[0]);
    },
    output: () => launcher.outputTail(),
  };
}

/** SIGKILL to the serving process, as a crash or an out-of-memory kill would; the launcher then exits. */
export async function crashApp(app: App): Promise<void> {
  process.kill(app.servePid(), "SIGKILL");
  await exited(app.launcher.child);
}

/** SIGTERM to the launcher (a deploy's stop); resolves with the time it took to exit. */
export async function stopApp(app: App): Promise<number> {
  const started = performance.now();
  app.launcher.child.kill("SIGTERM");
  await exited(app.launcher.child);
  return performance.now() - started;
}

export async function health(app: App): Promise<number> {
  return fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
    (response) => response.status,
    () => 0,
  );
}
