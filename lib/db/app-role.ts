import pg from "pg";

// Production may run two roles (README, Deploying): migrations as the database's owner
// (MIGRATION_DATABASE_URL), the app as a role that reads and writes rows but owns nothing, so it
// cannot disable audit_events' append-only trigger, replace a function or drop a table. The
// owner grants the app its rights after every migrate, read from the catalog, so a table a new
// migration adds is covered without anyone remembering to (default privileges would hand a new
// append-only table the same rights as the rest).

/** The schemas the app works in: its own (Prisma's migrations) and the job queue's. */
const SCHEMAS = ["public", "graphile_worker"];

const ROWS = "SELECT, INSERT, UPDATE, DELETE";

/** Tables the app may not change as it changes the rest. */
const NARROWER: Record<string, string> = {
  // Append-only: entries are added and read, never changed (its trigger also refuses).
  "public.audit_events": "SELECT, INSERT",
  // The migration runners' records: read when a start checks the schema is current.
  "public._prisma_migrations": "SELECT",
  "graphile_worker.migrations": "SELECT",
};

/** The row-level security policy letting the app's role at graphile-worker's rows. */
const POLICY = "app_role_rows";

/** Concurrent GRANTs on one table can fail ("tuple concurrently updated"): one start at a time. */
const GRANT_LOCK = "pbv:grant-app-role";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type Who = { role: string; database: string };

const whoAmI = (url: string) =>
  withClient(url, async (client) => {
    const { rows } = await client.query<Who>("SELECT current_user AS role, current_database() AS database");
    return rows[0]!;
  });

/**
 * After migrating as the owner, gives DATABASE_URL's role exactly what the app and the email
 * worker need, revoking anything more. Returns that role, or null when both URLs are one role
 * (development and tests), where nothing is done.
 */
export async function grantAppRole(options: {
  databaseUrl: string;
  migrationDatabaseUrl: string;
}): Promise<string | null> {
  if (options.databaseUrl === options.migrationDatabaseUrl) return null;
  const app = await whoAmI(options.databaseUrl);
  return withClient(options.migrationDatabaseUrl, async (owner) => {
    const { rows } = await owner.query<Who>("SELECT current_user AS role, current_database() AS database");
    const self = rows[0]!;
    if (app.role === self.role) return null;
    if (app.database !== self.database) {
      throw new Error(
        `MIGRATION_DATABASE_URL (database ${self.database}) and DATABASE_URL (database ${app.database}) must name the same database.`,
      );
    }
    await refuseOwnedByApp(owner, app.role, self.role);
    // One transaction: the app never sees its rights revoked and not yet granted again.
    await owner.query("BEGIN");
    try {
      await owner.query("SELECT pg_advisory_xact_lock(hashtext($1))", [GRANT_LOCK]);
      await owner.query((await grantStatements(owner, app.role)).join(";\n"));
      await owner.query("COMMIT");
    } catch (error) {
      await owner.query("ROLLBACK").catch(() => {});
      throw error;
    }
    return app.role;
  });
}

/** Every schema's rights from nothing, then each table's, read from the catalog. */
async function grantStatements(owner: pg.Client, appRole: string): Promise<string[]> {
  const role = owner.escapeIdentifier(appRole);
  const { rows: schemas } = await owner.query<{ name: string }>(
    "SELECT nspname AS name FROM pg_namespace WHERE nspname = ANY($1::text[]) ORDER BY nspname",
    [SCHEMAS],
  );
  const { rows: tables } = await owner.query<{ schema: string; name: string; needsPolicy: boolean }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            c.relrowsecurity AND NOT EXISTS (
              SELECT 1 FROM pg_policy p
               WHERE p.polrelid = c.oid AND p.polname = $2 AND p.polroles = ARRAY[$3::regrole::oid]
            ) AS "needsPolicy"
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p', 'v')
      ORDER BY 1, 2`,
    [SCHEMAS, POLICY, role],
  );
  return [
    ...schemas.flatMap(({ name }) => {
      const schema = owner.escapeIdentifier(name);
      return [
        `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
        `REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${role}`,
        `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${role}`,
        `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`,
        `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${role}`,
      ];
    }),
    ...tables.flatMap(({ schema, name, needsPolicy }) => {
      const table = `${owner.escapeIdentifier(schema)}.${owner.escapeIdentifier(name)}`;
      const grant = `GRANT ${NARROWER[`${schema}.${name}`] ?? ROWS} ON ${table} TO ${role}`;
      if (!needsPolicy) return [grant];
      // graphile-worker turns row-level security on with no policy, which leaves its rows to the
      // tables' owner alone: the app's role may see and change every row (its rights still apply).
      // Made once per table and role, since a policy's change locks its table.
      const policy = owner.escapeIdentifier(POLICY);
      return [
        grant,
        `DROP POLICY IF EXISTS ${policy} ON ${table}`,
        `CREATE POLICY ${policy} ON ${table} TO ${role} USING (true) WITH CHECK (true)`,
      ];
    }),
  ];
}

/** Rights are moot for a role that owns what it uses, or is a superuser or the owner under another name. */
async function refuseOwnedByApp(owner: pg.Client, appRole: string, ownerRole: string): Promise<void> {
  const { rows } = await owner.query<{ name: string }>(
    `SELECT CASE c.relkind WHEN 'S' THEN 'sequence ' WHEN 'v' THEN 'view ' WHEN 'c' THEN 'type ' ELSE 'table ' END
            || c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1::text[]) AND c.relowner = $2::regrole AND c.relkind NOT IN ('i', 'I')
     UNION ALL
     SELECT 'type ' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = ANY($1::text[]) AND t.typowner = $2::regrole AND t.typtype IN ('e', 'd', 'r')
     UNION ALL
     SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = ANY($1::text[]) AND p.proowner = $2::regrole
     UNION ALL
     SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname = ANY($1::text[]) AND nspowner = $2::regrole
     UNION ALL
     SELECT 'database ' || datname FROM pg_database WHERE datname = current_database() AND datdba = $2::regrole
     UNION ALL
     SELECT 'superuser rights' FROM pg_roles WHERE oid = $2::regrole AND rolsuper
     UNION ALL
     SELECT 'the rights of ' || current_user WHERE pg_has_role($2::regrole, current_user, 'USAGE')`,
    [SCHEMAS, owner.escapeIdentifier(appRole)],
  );
  if (!rows.length) return;
  const listed = rows.slice(0, 5).map((r) => r.name);
  throw new Error(
    `DATABASE_URL's role ${appRole} has ${listed.join(", ")}${rows.length > 5 ? ", …" : ""}, so it could ` +
      `alter the schema: as a superuser, in this database, REASSIGN OWNED BY ${appRole} TO ${ownerRole}; ` +
      `(and revoke any membership or superuser rights), then migrate again.`,
  );
}
