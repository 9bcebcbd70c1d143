// npm run db:seed:volume -- [count] [--seed <number>]
// Adds `count` (default 10,000) synthetic signups, with their history, notes and emails, to
// DATABASE_URL or, when it is unset, the embedded PostgreSQL under DATA_DIR (the one a running
// `npm start` holds, or one started for this run): for the admin benchmark and for trying the
// staff pages by hand. Never in production.
import { parseArgs } from "node:util";
import { getEnv } from "../lib/config/env";
import { migrationDatabaseUrl } from "../lib/config/launch-services";
import { applyAllMigrations } from "../lib/jobs/all-migrations";
import { seedVolume } from "../lib/dev/volume-seed";
import { commandServices, exitWith } from "./command-services";

const USAGE = "Usage: npm run db:seed:volume -- <count> [--seed <whole number>]";

function parsed(): { count: number; seed: number | undefined } | null {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { seed: { type: "string" } },
    });
    const count = Number(positionals[0] ?? 10_000);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (!Number.isInteger(count) || count < 1 || (seed !== undefined && !Number.isInteger(seed))) return null;
    return { count, seed };
  } catch {
    return null;
  }
}
const number = new Intl.NumberFormat("en-US");
const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const args = parsed();
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const { count, seed } = args;
  const env = getEnv();
  if (env.NODE_ENV === "production") {
    console.error("db:seed:volume adds made-up volunteers: it does not run with NODE_ENV=production.");
    return 2;
  }
  const services = await commandServices(env, log);
  if (!services) return 1;
  try {
    await applyAllMigrations(services.databaseUrl, migrationDatabaseUrl(env, services.databaseUrl));
    const started = performance.now();
    const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
    log(`Adding ${number.format(count)} synthetic signups…`);
    let reported = 0;
    const totals = await seedVolume(services.databaseUrl, {
      count,
      seed,
      onProgress: (done, _, step) => {
        if (step === "analyze") return log(`  refreshing the planner's statistics (${seconds()} s)`);
        if (done - reported < 10_000 && done < count) return;
        reported = done;
        log(`  ${number.format(done)} signups (${seconds()} s)`);
      },
    });
    log(
      `Added ${number.format(totals.signups)} signups, ${number.format(totals.events)} history events, ` +
        `${number.format(totals.notes)} notes, ${number.format(totals.deliveries)} emails and ` +
        `${number.format(totals.steps)} onboarding steps in ${seconds()} s.`,
    );
    return 0;
  } finally {
    await services.stop();
  }
}

// An explicit exit: nothing the work left behind keeps the command open.
exitWith(main());
