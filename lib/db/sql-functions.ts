import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// PL/pgSQL functions live one to a file, prisma/functions/<name>.sql, and are applied after the
// migrations (docs/decisions/026-submit-signup-in-one-file.md): a change is an edit of that file,
// reviewed as a diff, instead of a migration repeating the whole body.

export const DEFAULT_FUNCTIONS_DIR = path.resolve("prisma/functions");

/** Two starts at once apply a changed file one after the other. */
const LOCK = "pbv:sql-functions";

/** What a function's comment records of the file it came from. */
export function functionStamp(fileName: string, text: string): string {
  return `prisma/functions/${fileName} sha256:${createHash("sha256").update(text).digest("hex")}`;
}

/**
 * Creates each file's function where the database's copy did not come from that file's text (its
 * comment, written here, says which text it came from), so an unchanged function is left alone
 * and the app's role, which may not replace it, can run this too. A changed one is dropped under
 * every signature its name has, created from the file and stamped in one transaction: a new
 * signature leaves no old one to call, and callers never find no function. Returns the names
 * created.
 */
export async function applySqlFunctions(options: {
  databaseUrl: string;
  functionsDir?: string;
}): Promise<string[]> {
  const directory = options.functionsDir ?? DEFAULT_FUNCTIONS_DIR;
  const files = (await readdir(directory)).filter((name) => name.endsWith(".sql")).sort();
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const created: string[] = [];
  try {
    for (const file of files) {
      const name = file.slice(0, -".sql".length);
      const text = await readFile(path.join(directory, file), "utf8");
      if (await applyFile(client, name, functionStamp(file, text), text)) created.push(name);
    }
    return created;
  } finally {
    await client.end();
  }
}

async function applyFile(client: pg.Client, name: string, stamp: string, text: string): Promise<boolean> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [LOCK]);
    const { rows } = await client.query<{ signature: string; stamp: string | null }>(
      `SELECT p.oid::regprocedure::text AS signature, obj_description(p.oid, 'pg_proc') AS stamp
         FROM pg_proc p WHERE p.proname = $1 AND p.pronamespace = 'public'::regnamespace`,
      [name],
    );
    if (rows.length === 1 && rows[0]!.stamp === stamp) {
      await client.query("COMMIT");
      return false;
    }
    for (const { signature } of rows) await client.query(`DROP FUNCTION ${signature}`);
    await client.query(text);
    await client.query(
      `COMMENT ON FUNCTION ${client.escapeIdentifier(name)} IS ${client.escapeLiteral(stamp)}`,
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
