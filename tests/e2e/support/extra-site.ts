import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { E2E_BUILD_ENV } from "../e2e-environment";

// A second `npm start` of the e2e build with settings of its own (a small limit, say), on its
// own port, database and mail catcher, so a test can change what the shared server must keep.
// Its SITE_URL is the build's (E2E_URL): requests send that Host, as a proxy would.

export type ExtraSite = { url: string; stop(): Promise<void> };

export async function startExtraSite(port: number, settings: Record<string, string>): Promise<ExtraSite> {
  const root = await mkdtemp(path.join(os.tmpdir(), "pbv-extra-site-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  await chmod(root, 0o755);
  const env: NodeJS.ProcessEnv = { ...process.env, ...E2E_BUILD_ENV, ...settings };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "start"], {
    env: { ...env, DATA_DIR: path.join(root, "data"), PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await rm(root, { recursive: true, force: true });
  };
  try {
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        {
          timeout: 120_000,
          message: "the extra site answers /api/health",
        },
      )
      .toBe(200);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- output of scripts/start.ts ---\n${output}`);
  }
  return { url: `http://localhost:${port}`, stop };
}
