import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { healthResponse } from "../../lib/db/health";
import { proxiedDatabase, type TcpProxy } from "../support/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let proxy: TcpProxy;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  const proxied = await proxiedDatabase(database.url);
  proxy = proxied.proxy;
  db = createDb(proxied.url);
});

afterAll(async () => {
  await db.$disconnect();
  await proxy.cut();
  await database.drop();
});

describe("GET /api/health", () => {
  it("answers 200 while PostgreSQL is up, 503 while it is down, and 200 once it is back", async () => {
    const up = await healthResponse(db);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ db: "ok" });
    expect(up.headers.get("cache-control")).toBe("no-store");

    await proxy.cut();
    const down = await healthResponse(db);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ db: "unreachable" });

    await proxy.start();
    const back = await healthResponse(db);
    expect(back.status).toBe(200);
  });
});
