import "server-only";
import type { Db } from "./client";

export type DatabaseHealth = { db: "ok" | "unreachable" };

const HEALTH_TIMEOUT_MS = 3000;

export async function checkDatabaseHealth(db: Db): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("health check timed out")), HEALTH_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { db: "ok" };
  } catch {
    return { db: "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}

/** 200 when PostgreSQL answers, 503 otherwise; never cached. */
export async function healthResponse(db: Db): Promise<Response> {
  const health = await checkDatabaseHealth(db);
  return Response.json(health, {
    status: health.db === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
