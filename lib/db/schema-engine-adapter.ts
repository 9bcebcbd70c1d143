import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";

// Three gaps in @prisma/adapter-pg that only the schema engine hits
// (docs/decisions/001-migrations-with-wasm-schema-engine.md):
// 1. PostgreSQL catalog columns of the internal type "char" (pg_constraint.contype, ...) are
//    not mapped, so describing a schema fails; we report them as the engine's Character type.
// 2. Its shadow database is dropped while its pool still holds a connection, so the drop fails
//    and the database is left behind; ours closes the pool first.
// 3. It runs a migration script by splitting it at every ";", which cuts a function body
//    ($$ ... $$) apart; ours sends the script whole, as PostgreSQL's own tools do.

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_COLUMNS = Symbol("charColumns");

type RowsWithCharColumns = unknown[][] & { [CHAR_COLUMNS]?: number[] };

function markCharColumns(result: pg.QueryResult | undefined) {
  if (!result?.fields) return result;
  const indices: number[] = [];
  result.fields.forEach((field, index) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      indices.push(index);
    }
  });
  if (indices.length) (result.rows as RowsWithCharColumns)[CHAR_COLUMNS] = indices;
  return result;
}

class CharMarkingClient extends pg.Client {
  // pg.Pool calls query with a callback, a bare client with a promise: cover both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (error: Error | null, result: pg.QueryResult) => callback(error, markCharColumns(result));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as any)(...args);
    return returned instanceof Promise ? returned.then(markCharColumns) : returned;
  }
}

type ScriptRunner = { executeScript?(script: string): Promise<void>; onError?(error: unknown): never };

/** One simple-protocol query may hold many statements; errors are mapped as the adapter's own. */
function withWholeScripts<T extends SqlQueryable>(queryable: T): T {
  const runner = queryable as unknown as ScriptRunner;
  const driver = (queryable as unknown as { underlyingDriver(): pg.Pool | pg.PoolClient }).underlyingDriver();
  if (runner.executeScript && runner.onError) {
    const onError = runner.onError.bind(runner);
    runner.executeScript = async (script) => {
      await driver.query(script).catch(onError);
    };
  }
  return queryable;
}

function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of (result.rows as RowsWithCharColumns)[CHAR_COLUMNS] ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  const adapter = queryable as unknown as Partial<SqlDriverAdapter>;
  if (adapter.startTransaction) {
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      withCharColumns(await startTransaction(isolationLevel));
  }
  return queryable;
}

// Discrete fields, not connectionString: a connectionString would win over the `database`
// that names the shadow database.
function poolConfigFrom(connectionString: string): pg.PoolConfig {
  const { host, port, user, password, database, ssl } = parseConnectionString(connectionString);
  return {
    host: host ?? undefined,
    port: port ? Number(port) : undefined,
    user,
    password,
    database: database ?? undefined,
    ssl: ssl as pg.PoolConfig["ssl"],
    Client: CharMarkingClient,
  };
}

export class SchemaEngineAdapterFactory extends PrismaPg {
  private readonly connected: { dispose(): Promise<void> }[] = [];
  private readonly poolConfig: pg.PoolConfig;

  constructor(connectionString: string) {
    const poolConfig = poolConfigFrom(connectionString);
    super(poolConfig);
    this.poolConfig = poolConfig;
  }

  override async connect() {
    const adapter = withWholeScripts(withCharColumns(await super.connect()));
    this.connected.push(adapter);
    return adapter;
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.poolConfig);
    await admin.connect();
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = withWholeScripts(
      withCharColumns(await new PrismaPg({ ...this.poolConfig, database: name }).connect()),
    );
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  }

  /** The engine never disposes its connections; idle ones would keep the process alive. */
  async disposeAll() {
    await Promise.all(this.connected.splice(0).map((adapter) => adapter.dispose()));
  }
}
