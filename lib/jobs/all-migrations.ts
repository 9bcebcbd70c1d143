import { grantAppRole } from "../db/app-role";
import { applyMigrations } from "../db/migrations";
import { migrateQueue } from "./queue";

/**
 * The app's schema (Prisma migrations) and the job queue's schema, in that order, as
 * `migrationDatabaseUrl`'s role (the owner; by default the app's own), then the app's rights
 * when it runs as another role (lib/db/app-role.ts).
 */
export async function applyAllMigrations(
  databaseUrl: string,
  migrationDatabaseUrl = databaseUrl,
): Promise<string[]> {
  const applied = await applyMigrations({ databaseUrl: migrationDatabaseUrl });
  await applyQueueMigrations(databaseUrl, migrationDatabaseUrl);
  return applied;
}

/** The job queue's schema alone (`npm run worker`), then the app's rights, as above. */
export async function applyQueueMigrations(
  databaseUrl: string,
  migrationDatabaseUrl = databaseUrl,
): Promise<void> {
  await migrateQueue(migrationDatabaseUrl);
  await grantAppRole({ databaseUrl, migrationDatabaseUrl });
}
