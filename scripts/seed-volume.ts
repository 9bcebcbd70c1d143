// npm run db:seed:volume -- [count] [--seed <number>]
// Adds `count` (default 10,000) synthetic signups, with their history, notes and emails, to
// DATABASE_URL or, when it is unset, the embedded PostgreSQL under DATA_DIR (as db:migrate
// finds it, or the one `npm start` is running): for the admin benchmark and for trying the
// staff pages by hand. Never in production.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { getEnv } from "../lib/config/env";
import {
  migrationDatabaseUrl,
  planLocalServices,
  servicesFromEnvironment,
} from "../lib/config/launch-services";
import { applyAllMigrations } from "../lib/jobs/all-migrations";
import { seedVolume } from "../lib/dev/volume-seed";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "string" } },
});
const count = Number(positionals[0] ?? 10_000);
const seed = values.seed === undefined ? undefined : Number(values.seed);
const number = new Intl.NumberFormat("en-US");
const log = (line: string) => console.log(line);

/**
 * While `npm start` or `npm run dev` runs, its embedded database holds DATA_DIR (a second
 * server cannot start there): the launcher's runtime.json says where it answers.
 */
async function runningDatabase(dataDir: string): Promise<string | undefined> {
  const text = await readFile(path.join(path.resolve(dataDir), "runtime.json"), "utf8").catch(() => "");
  const databaseUrl = text ? (JSON.parse(text) as { databaseUrl?: string }).databaseUrl : undefined;
  if (!databaseUrl) return undefined;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return databaseUrl;
  } catch {
    return undefined; // Left by an earlier run: nothing answers there now.
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<number> {
  if (!Number.isInteger(count) || count < 1 || (seed !== undefined && !Number.isInteger(seed))) {
    console.error("Usage: npm run db:seed:volume -- <count> [--seed <whole number>]");
    return 2;
  }
  const env = getEnv();
  if (env.NODE_ENV === "production") {
    console.error("db:seed:volume adds made-up volunteers: it does not run with NODE_ENV=production.");
    return 2;
  }
  const plan = planLocalServices(env, { forServer: false });
  const running = plan.startLocal ? await runningDatabase(env.DATA_DIR) : undefined;
  if (running) log("Using the database of the running `npm start` / `npm run dev`.");
  const services = running
    ? { databaseUrl: running, stop: async () => {} }
    : plan.startLocal
      ? await (await import("../lib/dev/local-services")).startLocalServices(env, { needsMail: false, log })
      : servicesFromEnvironment(env);
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
        `${number.format(totals.notes)} notes and ${number.format(totals.deliveries)} emails in ${seconds()} s.`,
    );
    return 0;
  } finally {
    await services.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
