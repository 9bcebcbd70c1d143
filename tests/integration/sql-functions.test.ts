import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../lib/db/migrations";
import { applySqlFunctions } from "../../lib/db/sql-functions";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// prisma/functions/<name>.sql is applied after the migrations (decision 026): created when its
// text is new to the database, left alone when not, and a changed signature leaves no old one.

let database: TestDatabase;
let scratch: string;

beforeEach(async () => {
  database = await createTestDatabase();
  scratch = await mkdtemp(path.join(os.tmpdir(), "pbv-functions-"));
});

afterEach(async () => {
  await database.drop();
  await rm(scratch, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Each function of that name: its signature, its OID and the stamp of the file it came from. */
const functionsNamed = (name: string) =>
  query<{ signature: string; oid: string; stamp: string | null }>(
    `SELECT oid::regprocedure::text AS signature, oid::text AS oid, obj_description(oid, 'pg_proc') AS stamp
       FROM pg_proc WHERE proname = $1 ORDER BY 1`,
    [name],
  );

describe("SQL functions from prisma/functions", () => {
  it("the migrations leave no submit_signup; the file makes the one-argument one, once", async () => {
    await applyMigrations({ databaseUrl: database.url });
    // The migration dropping the positional function named its exact signature.
    expect(await functionsNamed("submit_signup")).toEqual([]);

    // Every file of prisma/functions is new to a database the migrations alone made.
    expect(await applySqlFunctions({ databaseUrl: database.url })).toEqual([
      "confirm_signup_proposal",
      "language_key",
      "submit_signup",
    ]);
    const [made] = await functionsNamed("submit_signup");
    expect(made).toMatchObject({
      signature: "submit_signup(jsonb)",
      stamp: expect.stringMatching(/^prisma\/functions\/submit_signup\.sql sha256:[0-9a-f]{64}$/),
    });

    expect(await applySqlFunctions({ databaseUrl: database.url })).toEqual([]);
    expect(await functionsNamed("submit_signup")).toEqual([made]);
  });

  it("a changed file replaces the function, under a new signature too, and a broken one changes nothing", async () => {
    const file = path.join(scratch, "probe_fn.sql");
    const apply = () => applySqlFunctions({ databaseUrl: database.url, functionsDir: scratch });
    await writeFile(
      file,
      "CREATE OR REPLACE FUNCTION probe_fn(a INT) RETURNS INT LANGUAGE sql AS $$ SELECT a + 1 $$;",
    );
    expect(await apply()).toEqual(["probe_fn"]);

    await writeFile(
      file,
      "CREATE OR REPLACE FUNCTION probe_fn(a TEXT, b TEXT) RETURNS TEXT LANGUAGE sql AS $$ SELECT a || b $$;",
    );
    expect(await apply()).toEqual(["probe_fn"]);
    expect((await functionsNamed("probe_fn")).map((f) => f.signature)).toEqual(["probe_fn(text,text)"]);
    expect(await query("SELECT probe_fn('a', 'b') AS value")).toEqual([{ value: "ab" }]);

    await writeFile(
      file,
      "CREATE OR REPLACE FUNCTION probe_fn(a INT) RETURNS INT LANGUAGE sql AS $$ SELEC $$;",
    );
    await expect(apply()).rejects.toThrow(/syntax error/);
    expect((await functionsNamed("probe_fn")).map((f) => f.signature)).toEqual(["probe_fn(text,text)"]);
  });
});
