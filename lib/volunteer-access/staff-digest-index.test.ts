import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VOLUNTEER_CHANGE_KINDS } from "./change-kinds";

// The hourly digest finds the changes still to tell through a partial index written in SQL
// (docs/decisions/031): its kinds must be the ones the job asks for, or the job reads the table.

function newestIndexKinds(): string[] {
  const dir = path.resolve("prisma/migrations");
  const defining = readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name, "migration.sql"))
    .filter((file) => {
      try {
        return readFileSync(file, "utf8").includes('CREATE INDEX "signup_events_undigested_idx"');
      } catch {
        return false;
      }
    });
  const sql = readFileSync(defining.at(-1)!, "utf8");
  const statement = sql.slice(sql.indexOf('CREATE INDEX "signup_events_undigested_idx"'));
  const list = /"kind" IN \(([^)]*)\)/.exec(statement)![1]!;
  return [...list.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]!);
}

describe("the digest's partial index", () => {
  it("covers exactly the volunteer change kinds", () => {
    expect(newestIndexKinds().sort()).toEqual([...VOLUNTEER_CHANGE_KINDS].sort());
  });
});
