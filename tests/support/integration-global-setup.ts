import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/dev/embedded-postgres";
import { promisify } from "node:util";

declare module "vitest" {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    /** A database migrated once for the run, which each file's migrated database copies. */
    migratedTemplate: string;
  }
}

async function onServer(adminUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Migrates a new database once; the files' own copies of it start from there. */
async function migratedTemplate(project: TestProject, adminUrl: string) {
  const name = `test_template_${randomBytes(4).toString("hex")}`;
  await onServer(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const script = path.join(import.meta.dirname, "migrate-database.ts");
  await promisify(execFile)(process.execPath, ["--import", "tsx", script, url.toString()]);
  project.provide("migratedTemplate", name);
  return () => onServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

// TEST_DATABASE_URL (CI points it at a second PostgreSQL version) or a fresh embedded
// PostgreSQL for this run only: never the development data under .data/.
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("databaseAdminUrl", given);
    return await migratedTemplate(project, given);
  }
  const directory = await mkdtemp(path.join(os.tmpdir(), "pbv-integration-"));
  const db = await startEmbeddedPostgres({ directory: path.join(directory, "pg") });
  project.provide("databaseAdminUrl", db.adminUrl);
  await migratedTemplate(project, db.adminUrl);
  return async () => {
    await db.stop();
    await rm(directory, { recursive: true, force: true });
  };
}
