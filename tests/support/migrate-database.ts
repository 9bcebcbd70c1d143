// `node --import tsx tests/support/migrate-database.ts <url>`: every migration into one
// database, for the integration tests' global setup, which cannot load Prisma's schema engine
// in Vitest's module runner (no import.meta.resolve).
import { applyAllMigrations } from "../../lib/jobs/all-migrations";

const url = process.argv[2];
if (!url) throw new Error("Usage: migrate-database.ts <database url>");
await applyAllMigrations(url);
// The schema engine leaves a timer behind: end now, not ten seconds later.
process.exit(0);
