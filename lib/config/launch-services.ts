import type { Env } from "./env-schema";

// Whether the launcher loads lib/dev (the embedded PostgreSQL, the mail catcher and their
// packages, which are development dependencies). Pure, so a production start provably never
// loads them: there the environment must name everything.

export type LocalServicesPlan = {
  /** Load lib/dev/local-services to provide what the environment leaves out. */
  startLocal: boolean;
  /** Variables a production start needs and lacks (it stops with their names). */
  missing: string[];
};

type PlanEnv = Pick<Env, "NODE_ENV" | "DATABASE_URL" | "SMTP_URL" | "SESSION_SECRET">;

/** `forServer`: the web server also needs mail and a session secret; `db:*` only a database. */
export function planLocalServices(env: PlanEnv, options: { forServer: boolean }): LocalServicesPlan {
  const unset = [
    !env.DATABASE_URL && "DATABASE_URL",
    options.forServer && !env.SMTP_URL && "SMTP_URL",
  ].filter((name): name is string => Boolean(name));
  if (env.NODE_ENV === "production") return { startLocal: false, missing: unset };
  // Outside production lib/dev also generates a session secret when none is set.
  const needsSecret = options.forServer && !env.SESSION_SECRET;
  return { startLocal: unset.length > 0 || needsSecret, missing: [] };
}

/** What the launcher hands the app: named by the environment, or lib/dev's local services. */
export type LaunchServices = {
  databaseUrl: string;
  smtpUrl: string;
  sessionSecret: string | undefined;
  /** Lines for the start-up banner: what was started and where to look. */
  notes: string[];
  /** The database is migrated: commands waiting for the data folder may use it now. */
  ready(): Promise<void>;
  stop(): Promise<void>;
};

/** The services when the plan starts nothing locally: all from the environment. */
export function servicesFromEnvironment(env: PlanEnv): LaunchServices {
  return {
    databaseUrl: env.DATABASE_URL ?? "",
    smtpUrl: env.SMTP_URL ?? "",
    sessionSecret: env.SESSION_SECRET,
    notes: ["Database: DATABASE_URL", ...(env.SMTP_URL ? ["Email: sent through SMTP_URL"] : [])],
    ready: async () => {},
    stop: async () => {},
  };
}

/** Who migrates: MIGRATION_DATABASE_URL (the owner role) when set, else the app's own database. */
export function migrationDatabaseUrl(env: Pick<Env, "MIGRATION_DATABASE_URL">, databaseUrl: string): string {
  return env.MIGRATION_DATABASE_URL ?? databaseUrl;
}
