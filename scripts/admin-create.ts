// npm run admin:create -- --email <address> [--role admin|reviewer]
//   Creates a staff account and prints a single-use link, valid 24 hours, to set its password.
// --dev (used by `npm start` on its embedded database): when there is no staff account yet,
//   creates admin@example.org with a random password and prints it once. Never in production.
//
// Runs under the react-server condition (package.json), so modules guarded by `server-only`
// load here as they do in the app.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createAuth, STAFF_ROLES, type StaffRole } from "../lib/auth/auth";
import { authSettings } from "../lib/auth/settings";
import { createStaffFromCommandLine, StaffAccountError } from "../lib/auth/staff-accounts";
import { getEnv } from "../lib/config/env";
import { migrationDatabaseUrl } from "../lib/config/launch-services";
import { createDb } from "../lib/db/client";
import { applyAllMigrations } from "../lib/jobs/all-migrations";
import { commandServices, exitWith } from "./command-services";

export const DEV_ADMIN_EMAIL = "admin@example.org";
const USAGE = "Usage: npm run admin:create -- --email <address> [--role admin|reviewer]";

function options() {
  try {
    return parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string", default: "admin" },
        dev: { type: "boolean" },
      },
    }).values;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const values = options();
  if (!values) {
    console.error(USAGE);
    return 2;
  }
  const env = getEnv();
  if (values.dev && env.NODE_ENV === "production") {
    console.error("--dev is for development only.");
    return 2;
  }
  const role = values.role as StaffRole;
  if (!STAFF_ROLES.includes(role)) {
    console.error(`--role must be ${STAFF_ROLES.join(" or ")}.`);
    return 2;
  }
  const email = values.dev ? DEV_ADMIN_EMAIL : values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    console.error(USAGE);
    return 2;
  }
  // --dev runs inside `npm start`, which hands it DATABASE_URL: it never waits for the site.
  const services = await commandServices(env, values.dev ? () => {} : (line) => console.log(line));
  if (!services) return 1;
  const db = createDb(services.databaseUrl);
  try {
    if (!services.sessionSecret) {
      console.error("Configuration error: SESSION_SECRET must be set.");
      return 1;
    }
    await applyAllMigrations(services.databaseUrl, migrationDatabaseUrl(env, services.databaseUrl));
    if (values.dev && (await db.staffUser.count()) > 0) return 0;
    const authEnv = { ...env, SESSION_SECRET: services.sessionSecret };
    const auth = createAuth({ db, env: authEnv, settings: authSettings(env) });
    const deps = { db, auth, env: authEnv };
    const created = await createStaffFromCommandLine(deps, { email, role: values.dev ? "admin" : role });
    if (!values.dev) {
      console.log(
        `Created ${role} ${email}. Set the password within ${created.hours} hours (the link works once):`,
      );
      console.log(created.link);
      return 0;
    }
    const password = randomBytes(12).toString("base64url");
    const token = new URL(created.link).searchParams.get("token")!;
    await auth.api.resetPassword({ body: { token, newPassword: password } });
    console.log(`Development staff admin: ${DEV_ADMIN_EMAIL} / ${password}`);
    console.log("  (shown this once; sign in at /admin/login, then change it under My account)");
    return 0;
  } catch (error) {
    if (error instanceof StaffAccountError && error.code === "exists") {
      console.error(`There is already an account for ${email}.`);
      return 2;
    }
    throw error;
  } finally {
    await db.$disconnect();
    await services.stop();
  }
}

// An explicit exit: nothing the work left behind keeps the command open.
exitWith(main());
