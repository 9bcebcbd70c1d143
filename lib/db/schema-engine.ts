import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// The prisma CLI downloads a native schema engine, which these machines cannot reach; the
// same engine is published as WebAssembly, so we load that one (docs/decisions/001).
let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

function loadWasm() {
  wasmReady ??= (async () => {
    const specifier = "@prisma/schema-engine-wasm/schema_engine_bg";
    const bindings = await import(specifier);
    const wasmUrl = new URL("./schema_engine_bg.wasm", import.meta.resolve(specifier));
    const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), {
      "./schema_engine_bg.js": bindings,
    });
    const exports = instance.exports as Record<string, unknown> & { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return wasmReady;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// The engine reads PostgreSQL catalogs whose columns have the internal type "char", which
// @prisma/adapter-pg does not map; reported as text they describe the schema correctly.
function reportCharAsText(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  // pg.Pool calls query with a callback, a bare client with a promise: cover both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (error: Error | null, result: pg.QueryResult) => callback(error, reportCharAsText(result));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as any)(...args);
    return returned instanceof Promise ? returned.then(reportCharAsText) : returned;
  }
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
    Client: CatalogFriendlyClient,
  };
}

// The adapter's own shadow database is dropped while its pool still holds a connection, so
// the drop fails and the database is left behind; this one closes the pool first.
class ShadowSafePg extends PrismaPg {
  private readonly connected: { dispose(): Promise<void> }[] = [];

  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    const adapter = await super.connect();
    this.connected.push(adapter);
    return adapter;
  }

  /** The engine never disposes its connections; idle ones would keep the process alive. */
  async disposeAll() {
    await Promise.all(this.connected.splice(0).map((adapter) => adapter.dispose()));
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.poolConfig);
    await admin.connect();
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database: name }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  }
}

export type EngineLog = (message: string) => void;

export type OpenSchemaEngine = { engine: SchemaEngine; close(): Promise<void> };

export async function openSchemaEngine(
  connectionString: string,
  schema: { path: string; content: string },
  log: EngineLog = () => {},
): Promise<OpenSchemaEngine> {
  const { SchemaEngine } = await loadWasm();
  const factory = new ShadowSafePg(poolConfigFrom(connectionString));
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    async close() {
      engine.free();
      await factory.disposeAll();
    },
  };
}
