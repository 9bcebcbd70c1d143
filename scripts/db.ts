// npm run db:migrate | db:migration -- <name> | db:status
// Against DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when it is unset (outside
// production: a running site's, or one started for this run); as MIGRATION_DATABASE_URL's
// role when it is set (the owner), and db:migrate then grants DATABASE_URL's role what the
// app needs (lib/db/app-role.ts).
import { getEnv } from "../lib/config/env";
import { migrationDatabaseUrl } from "../lib/config/launch-services";
import { createMigration, getMigrationStatus } from "../lib/db/migrations";
import { applyAllMigrations } from "../lib/jobs/all-migrations";
import { commandServices, exitWith } from "./command-services";

const [command, name] = process.argv.slice(2);
const log = (line: string) => console.log(line);

/** `migrationUrl`: the owner's (MIGRATION_DATABASE_URL), or the app's own when it is unset. */
async function run(databaseUrl: string, migrationUrl: string): Promise<number> {
  if (command === "migrate") {
    const applied = await applyAllMigrations(databaseUrl, migrationUrl);
    log(
      applied.length
        ? `Applied: ${applied.join(", ")}`
        : "No pending migrations: the database is up to date.",
    );
    return 0;
  }
  if (command === "migration") {
    if (!name) {
      console.error("Usage: npm run db:migration -- <name>   (for example: add_signups)");
      return 2;
    }
    log("Comparing prisma/schema.prisma with the migrations (on a temporary shadow database)…");
    const created = await createMigration({ databaseUrl: migrationUrl, name });
    log(
      created
        ? `Wrote prisma/migrations/${created}/migration.sql; review it, then npm run db:migrate.`
        : "schema.prisma has no changes: no migration written.",
    );
    return 0;
  }
  if (command === "status") {
    const status = await getMigrationStatus({ databaseUrl: migrationUrl });
    const lines: [string, string[]][] = [
      ["Pending (not yet applied)", status.pending],
      ["Modified after they were applied", status.modified],
      ["Failed", status.failed],
      ["Applied but missing from prisma/migrations", status.unknown],
    ];
    for (const [label, names] of lines) if (names.length) log(`${label}: ${names.join(", ")}`);
    log(status.isUpToDate ? "Database schema is up to date." : "Database schema is NOT up to date.");
    return status.isUpToDate ? 0 : 1;
  }
  console.error("Usage: tsx scripts/db.ts migrate | migration <name> | status");
  return 2;
}

async function main(): Promise<number> {
  const env = getEnv();
  const services = await commandServices(env, log);
  if (!services) return 1;
  try {
    return await run(services.databaseUrl, migrationDatabaseUrl(env, services.databaseUrl));
  } finally {
    await services.stop();
  }
}

// An explicit exit: nothing the work left behind keeps the command open.
exitWith(main());
