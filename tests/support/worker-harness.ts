import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Logger, makeWorkerUtils } from "graphile-worker";
import { readCaughtMessages } from "../../lib/dev/mail-catcher";

/** Worker log lines, kept for assertions instead of printed (failures are expected here). */
export function capturingLogger(lines: string[]): Logger {
  return new Logger(() => (level, message) => {
    if (level !== "debug") lines.push(`${level}: ${message}`);
  });
}

export async function tempMailDir(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pbv-queue-mail-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Polls until `count` messages have been caught (or the time is up), then returns them all. */
export async function waitForMessages(dir: string, count: number, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = await readCaughtMessages(dir);
    if (messages.length >= count || Date.now() > deadline) return messages;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Moves every waiting job's next attempt to now: the test skips the backoff's wait. */
export async function runRetriesNow(databaseUrl: string): Promise<void> {
  const utils = await makeWorkerUtils({ connectionString: databaseUrl });
  try {
    await utils.withPgClient((client) =>
      client.query("UPDATE graphile_worker._private_jobs SET run_at = now() WHERE locked_at IS NULL"),
    );
  } finally {
    await utils.release();
  }
}
