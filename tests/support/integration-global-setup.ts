import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/dev/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}

// TEST_DATABASE_URL (CI points it at a second PostgreSQL version) or a fresh embedded
// PostgreSQL for this run only: never the development data under .data/.
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("databaseAdminUrl", given);
    return;
  }
  const directory = await mkdtemp(path.join(os.tmpdir(), "pbv-integration-"));
  const db = await startEmbeddedPostgres({ directory: path.join(directory, "pg") });
  project.provide("databaseAdminUrl", db.adminUrl);
  return async () => {
    await db.stop();
    await rm(directory, { recursive: true, force: true });
  };
}
