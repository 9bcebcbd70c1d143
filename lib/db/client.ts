import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { getEnv } from "../config/env";

export type Db = PrismaClient;

/** A client over its own pool; fails fast when PostgreSQL is unreachable. */
export function createDb(connectionString: string): Db {
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 3000, max: 10 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { appDb?: Db };

/** The app's one client, kept on globalThis so development reloads do not open new pools. */
export function getDb(): Db {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  globalForDb.appDb ??= createDb(url);
  return globalForDb.appDb;
}
