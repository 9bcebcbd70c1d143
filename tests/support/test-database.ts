import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Db } from "../../lib/db/client";

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

/**
 * A new database on the test server, so each test file starts from nothing: empty, or migrated
 * (a copy of the one the global setup migrated: a file copy takes a tenth of a second, where
 * migrating takes a second or two of a busy machine's time in every file).
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const template = options.migrate ? ` TEMPLATE ${inject("migratedTemplate")}` : "";
  await admin((client) => client.query(`CREATE DATABASE ${name}${template}`));
  const url = withDatabase(inject("databaseAdminUrl"), name);
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
