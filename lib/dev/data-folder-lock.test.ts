import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataFolder, DataFolderInUseError, type LockHolder } from "./data-folder-lock";

// The lock file alone, with no PostgreSQL: who may start the data folder's database, who uses
// the site's, who waits. tests/e2e/cli-beside-site.spec.ts runs the real commands beside `npm start`.

const SITE_URL = "postgresql://postgres:postgres@127.0.0.1:5999/app";
let dataDir: string;
let lines: string[];
const lockPath = () => path.join(dataDir, "postgres.lock");
const log = (line: string) => lines.push(line);
const answers = async () => true;

/** This process's start time, as the lock records it (Linux), so the lock reads as alive. */
const ownStart = () => {
  try {
    const text = readFileSync("/proc/self/stat", "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
};

/** A lock as another live process would hold it (this one, under a role it does not play). */
const holdAs = (holder: Partial<LockHolder>) =>
  writeFile(lockPath(), JSON.stringify({ pid: process.pid, started: ownStart(), ...holder }));

/** A pid that has just ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "pbv-lock-"));
  lines = [];
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("the data folder's lock", () => {
  it("is taken by the first comer, recorded with its pid, and gone once released", async () => {
    const acquired = await acquireDataFolder(dataDir, { owner: "command", log, answers });
    expect(acquired.kind).toBe("own");
    const holder = JSON.parse(await readFile(lockPath(), "utf8")) as LockHolder;
    expect(holder).toMatchObject({ pid: process.pid, owner: "command" });
    if (acquired.kind === "own") await acquired.lock.release();
    expect(existsSync(lockPath())).toBe(false);
    expect(lines).toEqual([]);
  });

  it("gives a command the site's database once the site says it is up, waiting until then", async () => {
    await holdAs({ owner: "site" });
    const waiting = acquireDataFolder(dataDir, { owner: "command", log, answers });
    await expect.poll(() => lines).toEqual(["Waiting for the site's database to start…"]);
    await holdAs({ owner: "site", databaseUrl: SITE_URL });
    expect(await waiting).toEqual({ kind: "site", databaseUrl: SITE_URL });
    expect(lines).toHaveLength(1);
  });

  it("does not give a command a database that no longer answers", async () => {
    await holdAs({ owner: "site", databaseUrl: SITE_URL });
    let answering = false;
    const waiting = acquireDataFolder(dataDir, { owner: "command", log, answers: async () => answering });
    await expect.poll(() => lines).toEqual(["Waiting for the site's database to start…"]);
    answering = true;
    expect(await waiting).toEqual({ kind: "site", databaseUrl: SITE_URL });
  });

  it("makes a site, or another command, wait for a command to finish", async () => {
    for (const owner of ["site", "command"] as const) {
      await holdAs({ owner: "command", databaseUrl: SITE_URL });
      lines = [];
      const waiting = acquireDataFolder(dataDir, { owner, log, answers });
      await expect
        .poll(() => lines)
        .toEqual([`Waiting for another command (pid ${process.pid}) to finish with the database…`]);
      await rm(lockPath());
      const acquired = await waiting;
      expect(acquired.kind).toBe("own");
      if (acquired.kind === "own") await acquired.lock.release();
    }
  });

  it("refuses a second site in one line", async () => {
    await holdAs({ owner: "site", databaseUrl: SITE_URL });
    const second = acquireDataFolder(dataDir, { owner: "site", log, answers });
    await expect(second).rejects.toThrow(DataFolderInUseError);
    await expect(second).rejects.toThrow(
      `Another npm start or npm run dev (pid ${process.pid}) is running on ${dataDir}: stop it first, or give this one another DATA_DIR.`,
    );
  });

  it("takes over a lock whose process has ended, or whose pid now belongs to another process", async () => {
    await holdAs({ owner: "site", pid: deadPid(), databaseUrl: SITE_URL });
    const afterDeath = await acquireDataFolder(dataDir, { owner: "site", log, answers });
    expect(afterDeath.kind).toBe("own");
    if (afterDeath.kind === "own") await afterDeath.lock.release();

    if (ownStart() !== undefined) {
      await holdAs({ owner: "site", started: "1" }); // this pid, but a process started long ago
      const reused = await acquireDataFolder(dataDir, { owner: "site", log, answers });
      expect(reused.kind).toBe("own");
      if (reused.kind === "own") await reused.lock.release();
    }
    expect(lines).toEqual([]);
  });
});
