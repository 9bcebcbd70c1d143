import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { recordAudit } from "../../lib/auth/audit";
import { grantAppRole } from "../../lib/db/app-role";
import { createDb, type Db } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { applyAllMigrations } from "../../lib/jobs/all-migrations";
import { startEmailWorker } from "../../lib/jobs/worker";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { capturingLogger, tempMailDir, waitForMessages } from "../support/worker-harness";

// Production's two roles (README, Deploying): `npm run db:migrate` as the owner, then the app's
// role must do its work and nothing that could rewrite the audit log or the schema. Roles are
// cluster-wide, so theirs are random and dropped at the end.

const run = promisify(execFile);
const id = randomBytes(4).toString("hex");
const OWNER = `pbv_owner_${id}`;
const APP = `pbv_app_${id}`;
const DATABASE = `pbv_roles_${id}`;
const PASSWORD = randomBytes(12).toString("hex");

const urlFor = (user: string) => {
  const url = new URL(inject("databaseAdminUrl"));
  url.username = user;
  url.password = PASSWORD;
  url.pathname = `/${DATABASE}`;
  return url.toString();
};
const ownerUrl = urlFor(OWNER);
const appUrl = urlFor(APP);

async function asAdmin(sql: string, database?: string): Promise<void> {
  const url = new URL(inject("databaseAdminUrl"));
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let migrateOutput: string;
let app: pg.Client;
let db: Db;

beforeAll(async () => {
  await asAdmin(`CREATE ROLE ${OWNER} LOGIN PASSWORD '${PASSWORD}'`);
  await asAdmin(`CREATE ROLE ${APP} LOGIN PASSWORD '${PASSWORD}'`);
  await asAdmin(`CREATE DATABASE ${DATABASE} OWNER ${OWNER}`);
  const env = { ...process.env, DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: ownerUrl };
  migrateOutput = (await run(process.execPath, ["--import", "tsx", "scripts/db.ts", "migrate"], { env }))
    .stdout;
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
  db = createDb(appUrl);
});

afterAll(async () => {
  await app?.end();
  await db?.$disconnect();
  await asAdmin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await asAdmin(`DROP ROLE IF EXISTS ${APP}`);
  await asAdmin(`DROP ROLE IF EXISTS ${OWNER}`);
});

/** PostgreSQL's refusal of `sql` run as the app's role: its SQLSTATE and message. */
async function refusal(sql: string): Promise<{ code?: string; message: string } | "allowed"> {
  return app.query(sql).then(
    () => "allowed" as const,
    (error: pg.DatabaseError) => ({ code: error.code, message: error.message }),
  );
}

const denied = (message: string) => ({ code: "42501", message });

async function appTables(): Promise<string[]> {
  const { rows } = await app.query<{ name: string }>(
    `SELECT schemaname || '.' || tablename AS name FROM pg_tables
      WHERE schemaname IN ('public', 'graphile_worker') ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

describe("the database roles", () => {
  it("db:migrate ran as the owner, who owns every table; the app's role owns none", async () => {
    expect(migrateOutput).toMatch(/Applied: \d+_init/);
    const { rows } = await app.query<{ owner: string; count: string }>(
      `SELECT tableowner AS owner, count(*) FROM pg_tables
        WHERE schemaname IN ('public', 'graphile_worker') GROUP BY 1`,
    );
    expect(rows).toEqual([{ owner: OWNER, count: String((await appTables()).length) }]);
    expect((await appTables()).length).toBeGreaterThan(20);
  });

  it("the app cannot switch off, remove or get round audit_events' append-only trigger", async () => {
    await recordAudit(db, { actorId: null, action: "sign_in_failed", subject: "before" });
    expect(await refusal("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")).toEqual(
      denied("must be owner of table audit_events"),
    );
    expect(await refusal("ALTER TABLE audit_events DISABLE TRIGGER ALL")).toEqual(
      denied("must be owner of table audit_events"),
    );
    expect(await refusal("DROP TRIGGER audit_events_append_only ON audit_events")).toEqual(
      denied("must be owner of relation audit_events"),
    );
    expect(
      await refusal(
        "CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$",
      ),
    ).toEqual(denied("permission denied for schema public"));
    expect(await refusal("ALTER FUNCTION audit_events_refuse_change() RENAME TO unused")).toEqual(
      denied("must be owner of function audit_events_refuse_change"),
    );
    // The replica role skips ordinary triggers; only a superuser may set it.
    expect(await refusal("SET session_replication_role = replica")).toEqual(
      denied('permission denied to set parameter "session_replication_role"'),
    );
    // Refused by the missing right, before the trigger's own 'audit_events is append-only'.
    for (const sql of [
      "UPDATE audit_events SET subject = 'rewritten'",
      "DELETE FROM audit_events",
      "TRUNCATE audit_events",
    ]) {
      expect(await refusal(sql), sql).toEqual(denied("permission denied for table audit_events"));
    }
    const { rows } = await app.query("SELECT action, subject FROM audit_events");
    expect(rows).toEqual([{ action: "sign_in_failed", subject: "before" }]);
  });

  it("the app can drop, truncate or alter no table, and cannot change the schema's functions", async () => {
    for (const table of await appTables()) {
      const name = table.split(".")[1]!;
      expect(await refusal(`DROP TABLE ${table}`), table).toEqual(denied(`must be owner of table ${name}`));
      expect(await refusal(`TRUNCATE ${table}`), table).toEqual(
        denied(`permission denied for table ${name}`),
      );
    }
    expect(await refusal("ALTER TABLE signups ADD COLUMN probe TEXT")).toEqual(
      denied("must be owner of table signups"),
    );
    expect(await refusal("CREATE TABLE probe (id INT)")).toEqual(
      denied("permission denied for schema public"),
    );
    expect(await refusal("ALTER FUNCTION submit_signup SECURITY DEFINER")).toEqual(
      denied("must be owner of function submit_signup"),
    );
    expect(await refusal("DROP FUNCTION submit_signup")).toEqual(
      denied("must be owner of function submit_signup"),
    );
    expect(await refusal("INSERT INTO graphile_worker.migrations (id) VALUES (999999)")).toEqual(
      denied("permission denied for table migrations"),
    );
  });

  it("the app stores a signup, writes the audit log and runs the email queue's jobs as its own role", async () => {
    const mail = await tempMailDir();
    const port = await findFreePort();
    let catcher: MailCatcher | undefined;
    const workerLog: string[] = [];
    // With retention on, graphile-worker also registers its daily cron job at start.
    const worker = await startEmailWorker({
      databaseUrl: appUrl,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      env: { ...TEST_EMAIL_ENV, SIGNUP_RETENTION_DAYS: 365 },
      logger: capturingLogger(workerLog),
    });
    try {
      catcher = await startMailCatcher({ directory: mail.dir, port });
      const stored = await storeSignup(db, sampleSubmission("attorney", 1));
      expect(stored.outcome).toBe("created");
      await recordAudit(db, { actorId: null, action: "signup_viewed", subject: stored.signupId });
      const messages = await waitForMessages(mail.dir, 2);
      expect(messages.flatMap((m) => m.envelopeTo).sort()).toEqual([
        "ana.1@example.com",
        "attorneys@example.org",
      ]);
      for (let tries = 0; (await db.emailDelivery.count({ where: { status: "sent" } })) < 2; tries++) {
        if (tries > 100) throw new Error("the deliveries were never marked sent");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "signup_viewed" } });
      expect(audit.subject).toBe(stored.signupId);
      expect(workerLog.filter((line) => /^(error|warning)/.test(line))).toEqual([]);
    } finally {
      await worker.stop();
      await catcher?.close();
      await mail.cleanup();
    }
  });

  it("a start given only the app's URL finds both schemas current and changes nothing", async () => {
    expect(await applyAllMigrations(appUrl)).toEqual([]);
  });

  it("every migrate grants exactly the app's rights again, and refuses an app role that owns a table", async () => {
    await asAdmin(`GRANT ALL ON audit_events TO ${APP}`, DATABASE);
    expect(await grantAppRole({ databaseUrl: appUrl, migrationDatabaseUrl: ownerUrl })).toBe(APP);
    const { rows } = await app.query(
      `SELECT privilege_type AS privilege FROM information_schema.role_table_grants
        WHERE grantee = current_user AND table_name = 'audit_events' ORDER BY 1`,
    );
    expect(rows.map((row) => row.privilege)).toEqual(["INSERT", "SELECT"]);

    await asAdmin(`ALTER TABLE testimonials OWNER TO ${APP}`, DATABASE);
    await expect(grantAppRole({ databaseUrl: appUrl, migrationDatabaseUrl: ownerUrl })).rejects.toThrow(
      `DATABASE_URL's role ${APP} has table testimonials, so it could alter the schema`,
    );
    await asAdmin(`ALTER TABLE testimonials OWNER TO ${OWNER}`, DATABASE);
  });
});
