import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "../../lib/db/migrations";
import { getMessages } from "../../lib/messages";
import { listAnswers } from "../../lib/signup/answer-list";
import { signupForm } from "../../lib/signup/forms";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Signups stored before interpreters named language pairs, as the old form saved them, are
// migrated so that no answer is lost or misread.

const MIGRATION = "20261128040000_interpreter_language_pairs";

const OLD_INTERPRETER = {
  firstName: "Ana",
  languages: [
    {
      name: "K'iche'",
      dialect: "Nahualá",
      spoken: "native",
      written: "conversational",
      intoEnglish: true,
      outOfEnglish: true,
    },
    { name: "Spanish", spoken: "fluent", written: "fluent", intoEnglish: false, outOfEnglish: true },
    { name: "English", spoken: "fluent", written: "fluent", intoEnglish: true, outOfEnglish: false },
  ],
  services: ["consecutive"],
};
const OLD_ATTORNEY = { firstName: "Luis", languages: [{ name: "Spanish", proficiency: "fluent" }] };

let database: TestDatabase;
let client: pg.Client;
let scratch: string;

async function insertSignup(role: string, languages: string[], answers: object): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO signups (id, role, first_name, last_name, email, city, state, languages, hours_per_month,
                          availability, answers, updated_at)
     VALUES (gen_random_uuid(), $1::"VolunteerRole", 'A', 'B', $1::text || '@example.com', 'Albuquerque', 'NM', $2, 10, '{remote}', $3, now())
     RETURNING id`,
    [role, languages, JSON.stringify(answers)],
  );
  return rows[0]!.id;
}

const load = async (id: string) =>
  (
    await client.query<{ answers: Record<string, unknown>; languages: string[] }>(
      "SELECT answers, languages FROM signups WHERE id = $1",
      [id],
    )
  ).rows[0]!;

beforeAll(async () => {
  database = await createTestDatabase();
  scratch = await mkdtemp(path.join(os.tmpdir(), "pbv-pairs-"));
  // The schema as it was before this migration.
  const before = path.join(scratch, "migrations");
  await cp(DEFAULT_MIGRATIONS_DIR, before, {
    recursive: true,
    filter: (source) => !source.includes(MIGRATION),
  });
  await applyMigrations({ databaseUrl: database.url, migrationsDir: before });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await database.drop();
  await rm(scratch, { recursive: true, force: true });
});

describe("the language pairs migration", () => {
  it("turns each language's directions into a pair with English and leaves other roles alone", async () => {
    const interpreter = await insertSignup("interpreter", ["k'iche'", "spanish", "english"], OLD_INTERPRETER);
    const withoutEnglish = await insertSignup("interpreter", ["mam"], {
      languages: [
        { name: "Mam", spoken: "native", written: "basic", intoEnglish: true, outOfEnglish: false },
      ],
    });
    const attorney = await insertSignup("attorney", ["spanish"], OLD_ATTORNEY);

    expect(await applyMigrations({ databaseUrl: database.url })).toEqual([MIGRATION]);

    const migrated = await load(interpreter);
    expect(migrated.answers).toEqual({
      firstName: "Ana",
      languages: [
        { name: "K'iche'", dialect: "Nahualá", spoken: "native", written: "conversational" },
        { name: "Spanish", spoken: "fluent", written: "fluent" },
        { name: "English", spoken: "fluent", written: "fluent" },
      ],
      pairs: [
        { languageA: "K'iche'", languageB: "English", directions: ["a_to_b", "b_to_a"] },
        { languageA: "Spanish", languageB: "English", directions: ["b_to_a"] },
      ],
      services: ["consecutive"],
    });
    expect(migrated.languages).toEqual(["k'iche'", "spanish", "english"]);
    expect((await load(withoutEnglish)).languages).toEqual(["mam", "english"]);
    expect(await load(attorney)).toEqual({ answers: OLD_ATTORNEY, languages: ["spanish"] });

    // Staff read the migrated answers in words, as they read new ones.
    const lines = listAnswers(signupForm("interpreter"), migrated.answers, getMessages().forms);
    expect(lines.find((line) => line.name === "pairs")?.value).toContain(
      "Language: Spanish; Other language: English; Directions you work in: From the other language into the first",
    );
  });
});
