import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { applyMigrations, createMigration, DEFAULT_MIGRATIONS_DIR } from "../../lib/db/migrations";
import { applySqlFunctions, DEFAULT_FUNCTIONS_DIR } from "../../lib/db/sql-functions";
import { signupColumns } from "../../lib/signup/signup-columns";
import { confirmProposal } from "../../lib/signup/signup-proposals";
import { submitSignup } from "../../lib/signup/submit-signup";
import { latestProposalToken, sampleSubmission, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// README, "Adding a question", step 3, for a test-only filterable column (`yearsAtBar`), as far
// as a test can take it: the field added to a copy of prisma/schema.prisma, the migration that
// `db:migration` writes for it, applied; then a signup stored and updated through the real
// submitSignup and submit_signup(), with the value signup-columns.ts would return for it.
// It proves that the storing side needs no more: the function file is applied unchanged and
// never names the column, and the call in submit-signup.ts is not edited. It does not prove the
// Prisma client (`prisma generate` cannot run here, so the row is read with SQL), nor the edit to
// signup-columns.ts itself: its new value is handed to submitSignup's `columns` option, which
// stands in for that edit (lib/signup/signup-columns.test.ts checks that every key it returns
// is a field stored under its snake_case name). The question and the form are the test-only
// form's in lib/signup/forms/forms.test.ts; the staff filter is not built here.

const FIELD = '  yearsAtBar       Int?            @map("years_at_bar")\n';

let database: TestDatabase;
let db: Db;
let scratch: string;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
  db = createDb(database.url);
  scratch = await mkdtemp(path.join(os.tmpdir(), "pbv-column-"));
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
  await rm(scratch, { recursive: true, force: true });
});

const yearsAtBar = async (signupId: string) =>
  (
    await db.$queryRaw<{ years: number | null }[]>`
      SELECT years_at_bar AS years FROM signups WHERE id = ${signupId}::uuid`
  )[0]!.years;

describe("a filterable column added as the README says", () => {
  it("is stored by a signup and by its update, with no change to submit_signup", async () => {
    // prisma/schema.prisma, then `npm run db:migration -- …` and `npm run db:migrate`.
    const schema = await readFile("prisma/schema.prisma", "utf8");
    const schemaPath = path.join(scratch, "schema.prisma");
    await writeFile(schemaPath, schema.replace(/(model Signup \{\n(?:.*\n)*?  answers .*\n)/, `$1${FIELD}`));
    const migrationsDir = path.join(scratch, "migrations");
    await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const name = await createMigration({
      databaseUrl: database.url,
      migrationsDir,
      schemaPath,
      name: "years at bar",
    });
    const sql = await readFile(path.join(migrationsDir, name!, "migration.sql"), "utf8");
    expect(sql).toContain('ALTER TABLE "signups" ADD COLUMN     "years_at_bar" INTEGER;');
    expect(await applyMigrations({ databaseUrl: database.url, migrationsDir })).toEqual([name]);

    // The function's file needs nothing: it is current, and stores columns by the names given.
    expect(await applySqlFunctions({ databaseUrl: database.url })).toEqual([]);
    const functionText = await readFile(path.join(DEFAULT_FUNCTIONS_DIR, "submit_signup.sql"), "utf8");
    expect(functionText).not.toMatch(/years/i);

    // lib/signup/signup-columns.ts would return `yearsAtBar` beside the rest.
    const store = (years: number) => {
      const submission = sampleSubmission("attorney", 1);
      return submitSignup(db, submission, {
        idempotencyKey: crypto.randomUUID(),
        env: TEST_EMAIL_ENV,
        columns: { ...signupColumns(submission), yearsAtBar: years },
      });
    };
    const created = await store(7);
    expect(created.outcome).toBe("created");
    if (created.outcome === "rate_limited") throw new Error("no limits were set");
    expect(await yearsAtBar(created.signupId)).toBe(7);

    // Sent again, the column waits with the proposal and is set when it is confirmed.
    expect(await store(12)).toEqual({ outcome: "proposed", signupId: created.signupId });
    expect(await yearsAtBar(created.signupId)).toBe(7);
    expect(await confirmProposal(db, await latestProposalToken(db, created.signupId))).toBe("applied");
    expect(await yearsAtBar(created.signupId)).toBe(12);
  });
});
