import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthResponse } from "../../lib/db/health";
import { proxiedTestDatabase, type ProxiedTestDatabase } from "../support/tcp-proxy";

let database: ProxiedTestDatabase;

beforeAll(async () => {
  database = await proxiedTestDatabase();
});

afterAll(() => database.close());

describe("GET /api/health", () => {
  it("answers 200 while PostgreSQL is up, 503 while it is down, and 200 once it is back", async () => {
    const up = await healthResponse(database.db);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ db: "ok" });
    expect(up.headers.get("cache-control")).toBe("no-store");

    await database.proxy.cut();
    const down = await healthResponse(database.db);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ db: "unreachable" });

    await database.proxy.start();
    const back = await healthResponse(database.db);
    expect(back.status).toBe(200);
  });
});
