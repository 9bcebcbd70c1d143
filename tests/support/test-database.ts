import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { applyAllMigrations } from "../../lib/jobs/all-migrations";

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("databaseAdminUrl") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server, so each test file starts from nothing. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(inject("databaseAdminUrl"), name);
  if (options.migrate) await applyAllMigrations(url);
  return {
    url,
    name,
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * A fresh migrated database and a Prisma client over it for one test file; `current()` gives
 * them inside tests (they exist once beforeAll has run).
 */
export function migratedDatabase() {
  let state: { database: TestDatabase; db: Db } | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase({ migrate: true });
    state = { database, db: createDb(database.url) };
  });
  afterAll(async () => {
    await state?.db.$disconnect();
    await state?.database.drop();
  });
  return () => state!;
}
