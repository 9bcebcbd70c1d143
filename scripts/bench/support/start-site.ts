import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../../lib/dev/free-port";
import { PROJECT_ROOT, spawnQuiet, waitUntilOk, type Service } from "./process";
import { onCleanup } from "./run-bench";

// The e2e tests build with this SITE_URL; the build fingerprint includes it, so using it too
// reuses their `.next` instead of rebuilding.
export const SITE_URL = "http://localhost:3100";

export type Site = Service & { dataDir: string };

/**
 * The real `npm start` path (scripts/start.ts) on a free port with a fresh data folder;
 * `env` adds to (or overrides) the launcher's environment.
 */
export async function startSite(options: { env?: Record<string, string> } = {}): Promise<Site> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bench-site-"));
  // PostgreSQL runs as the `postgres` user and must be able to traverse the folder.
  await chmod(dataDir, 0o755);
  const port = await findFreePort();
  onCleanup(() => rm(dataDir, { recursive: true, force: true }));
  const args = ["--import", "tsx", "scripts/start.ts", "start"];
  const spawned = spawnQuiet("scripts/start.ts", process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { DATA_DIR: dataDir, PORT: String(port), SITE_URL, ...options.env },
    // On SIGTERM start.ts stops `next start` and then the database; give it time.
    graceMs: 60_000,
  });
  // Under SITE_URL's host name: pages requested under another one redirect there.
  const url = `http://localhost:${port}`;
  // The first start after a source change runs `next build`, which takes minutes.
  await waitUntilOk(spawned, `${url}/api/health`, 600_000);
  return { url, dataDir, pid: spawned.child.pid! };
}
