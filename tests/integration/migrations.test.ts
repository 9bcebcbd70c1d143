import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applyMigrations,
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  getMigrationStatus,
} from "../../lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const run = promisify(execFile);

async function projectMigrationNames(): Promise<string[]> {
  const entries = await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function appliedRows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name");
    return rows;
  } finally {
    await client.end();
  }
}

let db: TestDatabase;
let scratch: string;

beforeEach(async () => {
  db = await createTestDatabase();
  scratch = await mkdtemp(path.join(os.tmpdir(), "pbv-migrations-"));
});

afterEach(async () => {
  await db.drop();
  await rm(scratch, { recursive: true, force: true });
});

describe("applying migrations", () => {
  it("applies every migration on an empty database, then nothing on a second run", async () => {
    const names = await projectMigrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations({ databaseUrl: db.url })).toEqual(names);
    expect(await applyMigrations({ databaseUrl: db.url })).toEqual([]);
    expect((await getMigrationStatus({ databaseUrl: db.url })).isUpToDate).toBe(true);
  });

  it("records each migration with the sha256 checksum of its file, as prisma migrate does", async () => {
    await applyMigrations({ databaseUrl: db.url });
    const rows = await appliedRows(db.url);
    const names = await projectMigrationNames();
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });
});

describe("migration status", () => {
  it("reports a pending migration and one modified after it was applied", async () => {
    const migrationsDir = path.join(scratch, "migrations");
    await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    await applyMigrations({ databaseUrl: db.url, migrationsDir });
    const [applied] = await projectMigrationNames();

    await appendFile(path.join(migrationsDir, applied!, "migration.sql"), "\n-- edited after applying\n");
    const pendingName = "29990101000000_add_notes";
    await cp(path.join(migrationsDir, applied!), path.join(migrationsDir, pendingName), { recursive: true });
    await writeFile(
      path.join(migrationsDir, pendingName, "migration.sql"),
      'CREATE TABLE "notes" ("id" INT);\n',
    );

    const status = await getMigrationStatus({ databaseUrl: db.url, migrationsDir });
    expect(status.isUpToDate).toBe(false);
    expect(status.pending).toEqual([pendingName]);
    expect(status.modified).toEqual([applied]);
  });

  it("`npm run db:status` exits non-zero while migrations are pending and zero once applied", async () => {
    const env = { ...process.env, DATABASE_URL: db.url };
    const pending = await run(process.execPath, ["--import", "tsx", "scripts/db.ts", "status"], {
      env,
    }).catch((e) => e);
    expect(pending.code).toBe(1);
    expect(pending.stdout).toMatch(/Pending \(not yet applied\): \d+_init/);

    const migrate = await run(process.execPath, ["--import", "tsx", "scripts/db.ts", "migrate"], { env });
    expect(migrate.stdout).toMatch(/Applied: \d+_init/);
    const again = await run(process.execPath, ["--import", "tsx", "scripts/db.ts", "migrate"], { env });
    expect(again.stdout).toContain("No pending migrations");

    const upToDate = await run(process.execPath, ["--import", "tsx", "scripts/db.ts", "status"], { env });
    expect(upToDate.stdout).toContain("Database schema is up to date.");
  });
});

describe("writing a migration", () => {
  it("writes the SQL for a schema change and nothing when the schema is unchanged", async () => {
    const migrationsDir = path.join(scratch, "migrations");
    await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const schemaPath = path.join(scratch, "schema.prisma");
    const schema = await readFile("prisma/schema.prisma", "utf8");
    await writeFile(schemaPath, `${schema}\nmodel Probe {\n  id Int @id\n  @@map("probes")\n}\n`);

    const created = await createMigration({
      databaseUrl: db.url,
      migrationsDir,
      schemaPath,
      name: "add probes",
    });
    expect(created).toMatch(/^\d{14}_add_probes$/);
    const sql = await readFile(path.join(migrationsDir, created!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "probes"');

    expect(
      await createMigration({ databaseUrl: db.url, migrationsDir, schemaPath, name: "again" }),
    ).toBeNull();
    // The shadow database used for the comparison is gone again.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
    await client.end();
    expect(rowCount).toBe(0);
  });
});
