import { describe, expect, it } from "vitest";
import { migrationDatabaseUrl, planLocalServices } from "./launch-services";

const DATABASE_URL = "postgresql://app@db.example.org:5432/app";
const SMTP_URL = "smtp://mail.example.org:587";
const SESSION_SECRET = "s".repeat(32);
const server = { forServer: true };
const dbScript = { forServer: false };

describe("planLocalServices", () => {
  it("never starts local services in production, and names what is missing there", () => {
    const production = { NODE_ENV: "production" as const, SESSION_SECRET };
    expect(planLocalServices(production, server)).toEqual({
      startLocal: false,
      missing: ["DATABASE_URL", "SMTP_URL"],
    });
    expect(planLocalServices({ ...production, DATABASE_URL }, server)).toEqual({
      startLocal: false,
      missing: ["SMTP_URL"],
    });
    expect(planLocalServices({ ...production, DATABASE_URL, SMTP_URL }, server)).toEqual({
      startLocal: false,
      missing: [],
    });
    expect(planLocalServices(production, dbScript)).toEqual({ startLocal: false, missing: ["DATABASE_URL"] });
    expect(planLocalServices({ ...production, DATABASE_URL }, dbScript)).toEqual({
      startLocal: false,
      missing: [],
    });
  });

  it("starts them in development when the environment leaves something out", () => {
    const development = { NODE_ENV: "development" as const };
    expect(planLocalServices(development, server)).toEqual({ startLocal: true, missing: [] });
    expect(planLocalServices({ ...development, DATABASE_URL }, server)).toEqual({
      startLocal: true,
      missing: [],
    });
    expect(planLocalServices({ ...development, SMTP_URL, SESSION_SECRET }, server)).toEqual({
      startLocal: true,
      missing: [],
    });
    // Everything but the session secret, which lib/dev generates and keeps under DATA_DIR.
    expect(planLocalServices({ ...development, DATABASE_URL, SMTP_URL }, server)).toEqual({
      startLocal: true,
      missing: [],
    });
    expect(planLocalServices({ NODE_ENV: "test" }, dbScript)).toEqual({ startLocal: true, missing: [] });
  });

  it("leaves them out in development when the environment names everything", () => {
    const development = { NODE_ENV: "development" as const, DATABASE_URL };
    expect(planLocalServices({ ...development, SMTP_URL, SESSION_SECRET }, server)).toEqual({
      startLocal: false,
      missing: [],
    });
    expect(planLocalServices(development, dbScript)).toEqual({ startLocal: false, missing: [] });
  });
});

describe("migrationDatabaseUrl", () => {
  it("is MIGRATION_DATABASE_URL when set, else the database the app uses", () => {
    const owner = "postgresql://owner@db.example.org:5432/app";
    expect(migrationDatabaseUrl({ MIGRATION_DATABASE_URL: owner }, DATABASE_URL)).toBe(owner);
    expect(migrationDatabaseUrl({ MIGRATION_DATABASE_URL: undefined }, DATABASE_URL)).toBe(DATABASE_URL);
  });
});
