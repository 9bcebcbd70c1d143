import { grantAppRole } from "../db/app-role";
import { applyMigrations } from "../db/migrations";
import { applySqlFunctions } from "../db/sql-functions";
import { migrateQueue } from "./queue";

/**
 * The app's schema (Prisma migrations), its SQL functions (prisma/functions, re-created when
 * their file changed) and the job queue's schema, in that order, as `migrationDatabaseUrl`'s
 * role (the owner; by default the app's own), then the app's rights when it runs as another role
 * (lib/db/app-role.ts), which take in the functions just made.
 */
export async function applyAllMigrations(
  databaseUrl: string,
  migrationDatabaseUrl = databaseUrl,
): Promise<string[]> {
  const applied = await applyMigrations({ databaseUrl: migrationDatabaseUrl });
  await applySqlFunctions({ databaseUrl: migrationDatabaseUrl });
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
