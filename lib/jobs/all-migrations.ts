import { applyMigrations } from "../db/migrations";
import { migrateQueue } from "./queue";

/** The app's schema (Prisma migrations) and the job queue's schema, in that order. */
export async function applyAllMigrations(databaseUrl: string): Promise<string[]> {
  const applied = await applyMigrations({ databaseUrl });
  await migrateQueue(databaseUrl);
  return applied;
}
