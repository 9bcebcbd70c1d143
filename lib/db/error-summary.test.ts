import { describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { databaseErrorSummary } from "./error-summary";

const known = (code: string, cause: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("Raw query failed. Key (email)=(ana@example.com)", {
    code,
    clientVersion: "7",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("databaseErrorSummary", () => {
  it("names Prisma's code and PostgreSQL's SQLSTATE", () => {
    const terminated = known("P2010", {
      originalCode: "57P01",
      originalMessage: "terminating connection due to administrator command",
      kind: "postgres",
    });
    expect(databaseErrorSummary(terminated)).toBe("PrismaClientKnownRequestError P2010 code=57P01");
  });

  it("names the driver's kind of failure when PostgreSQL could not be reached", () => {
    const refused = known("P1001", { kind: "DatabaseNotReachable", host: "db.internal", port: 5432 });
    expect(databaseErrorSummary(refused)).toBe("PrismaClientKnownRequestError P1001 DatabaseNotReachable");
  });

  it("names a driver error's code, and one wrapped in another", () => {
    const pgError = Object.assign(new Error("duplicate key: (email)=(ana@example.com)"), { code: "23505" });
    expect(databaseErrorSummary(pgError)).toBe("Error code=23505");
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" });
    expect(databaseErrorSummary(new Error("Query failed", { cause: refused }))).toBe(
      "Error (Error code=ECONNREFUSED)",
    );
  });

  it("never repeats an error's message", () => {
    const errors = [
      known("P2002", { originalCode: "23505", originalMessage: "Key (email)=(ana@example.com)" }),
      Object.assign(new Error("ana@example.com"), { code: "ana@example.com has a space" }),
      new TypeError("Ana Pérez"),
    ];
    for (const error of errors) expect(databaseErrorSummary(error)).not.toMatch(/ana|Ana|Key/);
    expect(databaseErrorSummary(new TypeError("x"))).toBe("TypeError");
    expect(databaseErrorSummary("a string")).toBe("unknown error");
  });
});
