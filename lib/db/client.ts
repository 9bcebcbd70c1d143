import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { getEnv } from "../config/env";

export type Db = PrismaClient;

// On globalThis: a script and Next.js's bundle each load their own copy of this module, and a
// client one made must still be known to the other's poolOf.
const globalPools = globalThis as unknown as { dbPools?: WeakMap<Db, pg.Pool> };
const pools = (globalPools.dbPools ??= new WeakMap<Db, pg.Pool>());

/** A client over its own pool; fails fast when PostgreSQL is unreachable. */
export function createDb(connectionString: string): Db {
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 3000, max: 10 });
  // The adapter listens once the client connects; before that, an idle connection's error (the
  // server restarting) would end the process. The pool drops that connection either way.
  pool.on("error", () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

/**
 * The pg pool under a client from `createDb` (the same connections and limit), for reads whose
 * result is one large text: the CSV export's batches. Through the Prisma client each such text
 * outlived a young-generation collection, and 100,000 rows' worth piled up (about 100 MB) in
 * the heap's large-object space until a full collection (decision 013).
 */
export function poolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error("poolOf: this client was not made by createDb");
  return pool;
}

const globalForDb = globalThis as unknown as { appDb?: Db };

/** The app's one client, kept on globalThis so development reloads do not open new pools. */
export function getDb(): Db {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  globalForDb.appDb ??= createDb(url);
  return globalForDb.appDb;
}
