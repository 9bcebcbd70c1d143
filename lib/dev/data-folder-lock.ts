import { readFileSync, unlinkSync } from "node:fs";
import { link, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

// One embedded PostgreSQL per data folder: DATA_DIR/postgres.lock names the process running it,
// `npm start` / `npm run dev` for as long as the site runs, or a command (db:*, admin:create,
// email:retry, db:seed:volume) for its own run. A command beside a running site uses the
// site's database; otherwise whoever comes second waits. A lock whose process is gone is stale.

export type Owner = "site" | "command";

export type LockHolder = {
  pid: number;
  owner: Owner;
  /** The holder's start time (Linux), so a pid reused by another process is not taken for it. */
  started?: string;
  /** Set once the holder's database is up and settled: where it answers. */
  databaseUrl?: string;
};

export type HeldLock = {
  /** Tells the others the database is up, at `databaseUrl`. */
  markReady(databaseUrl: string): Promise<void>;
  /** Tells the others the database is going away (before it stops). */
  markStopping(): Promise<void>;
  release(): Promise<void>;
};

export type Acquired = { kind: "own"; lock: HeldLock } | { kind: "site"; databaseUrl: string };

/** Another `npm start` / `npm run dev` holds the data folder: expected, said in one line. */
export class DataFolderInUseError extends Error {}

const POLL_MS = 200;
const lockFile = (dataDir: string) => path.join(path.resolve(dataDir), "postgres.lock");

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function processStart(pid: number | "self"): string | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

export function isAlive(holder: Pick<LockHolder, "pid" | "started">): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const started = processStart(holder.pid);
  return !holder.started || !started || started === holder.started;
}

async function readHolder(file: string): Promise<LockHolder | null> {
  const text = await readFile(file, "utf8").catch(() => "");
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

/** Written whole, then linked in: the lock appears complete or not at all. */
async function tryCreate(file: string, holder: LockHolder): Promise<boolean> {
  const temporary = `${file}.${process.pid}`;
  await writeFile(temporary, JSON.stringify(holder), { mode: 0o600 });
  try {
    await link(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

/** Removes a dead holder's lock; a second file keeps two removers from racing. */
async function removeStale(file: string, seen: LockHolder): Promise<void> {
  const breaker = `${file}.break`;
  try {
    await writeFile(breaker, String(process.pid), { flag: "wx", mode: 0o600 });
  } catch {
    const info = await stat(breaker).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 5_000) await unlink(breaker).catch(() => {});
    return;
  }
  try {
    const now = await readHolder(file);
    if (now && now.pid === seen.pid && now.started === seen.started && !isAlive(now)) await unlink(file);
  } finally {
    await unlink(breaker).catch(() => {});
  }
}

function holdLock(file: string, holder: LockHolder): HeldLock {
  // A command ended by process.exit or a signal still leaves the folder to the next one.
  const releaseOnExit = () => {
    try {
      if ((JSON.parse(readFileSync(file, "utf8")) as LockHolder).pid === process.pid) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
  process.on("exit", releaseOnExit);
  const replace = async (next: LockHolder) => {
    const temporary = `${file}.${process.pid}`;
    await writeFile(temporary, JSON.stringify(next), { mode: 0o600 });
    await rename(temporary, file);
  };
  return {
    markReady: (databaseUrl) => replace({ ...holder, databaseUrl }),
    markStopping: () => replace(holder),
    async release() {
      process.off("exit", releaseOnExit);
      releaseOnExit();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the data folder's embedded PostgreSQL for `owner`. A command beside a site whose
 * database answers (`answers`) gets that database; anyone else waits for the holder, saying
 * once why. A site finding another live site throws DataFolderInUseError.
 */
export async function acquireDataFolder(
  dataDir: string,
  options: { owner: Owner; log: (line: string) => void; answers(databaseUrl: string): Promise<boolean> },
): Promise<Acquired> {
  const file = lockFile(dataDir);
  const me: LockHolder = { pid: process.pid, owner: options.owner, started: processStart("self") };
  let said = "";
  const say = (line: string) => {
    if (line !== said) options.log(line);
    said = line;
  };
  for (;;) {
    if (await tryCreate(file, me)) return { kind: "own", lock: holdLock(file, me) };
    const holder = await readHolder(file);
    if (!holder) {
      // Replaced between our attempt and our read, or unreadable: look again.
      await sleep(POLL_MS);
      continue;
    }
    if (!isAlive(holder)) {
      await removeStale(file, holder);
      continue;
    }
    if (holder.owner === "site" && options.owner === "site") {
      throw new DataFolderInUseError(
        `Another npm start or npm run dev (pid ${holder.pid}) is running on ${path.dirname(file)}: ` +
          "stop it first, or give this one another DATA_DIR.",
      );
    }
    if (holder.owner === "site" && holder.databaseUrl && (await options.answers(holder.databaseUrl))) {
      return { kind: "site", databaseUrl: holder.databaseUrl };
    }
    say(
      holder.owner === "site"
        ? "Waiting for the site's database to start…"
        : `Waiting for another command (pid ${holder.pid}) to finish with the database…`,
    );
    await sleep(POLL_MS);
  }
}
