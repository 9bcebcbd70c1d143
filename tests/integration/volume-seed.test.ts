import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { seedVolume, type SeedCounts } from "../../lib/dev/volume-seed";
import { refreshReadiness } from "../../lib/onboarding/summary";
import { signupForm } from "../../lib/signup/forms";
import type { Role } from "../../lib/signup/options";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// db:seed:volume's rows must be what the forms produce, or the record page and the export
// would show the benchmark something no volunteer can send.

const COUNT = 2_000;
const NOW = new Date("2026-11-28T12:00:00Z");
const YEAR = 365 * 86_400_000;

let database: TestDatabase;
let client: pg.Client;
let counts: SeedCounts;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
  counts = await seedVolume(database.url, { count: COUNT, seed: 7, now: NOW, batchSize: 700 });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

const rows = async <T extends object>(sql: string): Promise<T[]> => (await client.query<T>(sql)).rows;
const share = (part: number) => part / COUNT;

/** Stored answers back into the fields a browser would post for them. */
function asPosted(value: unknown): unknown {
  if (typeof value === "number") return String(value);
  if (value === true) return "on";
  if (value === false) return undefined;
  if (Array.isArray(value)) return value.map(asPosted);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asPosted(item)]));
  }
  return value;
}

describe("db:seed:volume", () => {
  it("adds the signups asked for, with history, notes and emails", async () => {
    const [table] = await rows<{
      signups: string;
      events: string;
      notes: string;
      deliveries: string;
      steps: string;
    }>(`
      SELECT (SELECT count(*) FROM signups) AS signups, (SELECT count(*) FROM signup_events) AS events,
             (SELECT count(*) FROM signup_notes) AS notes, (SELECT count(*) FROM email_deliveries) AS deliveries,
             (SELECT count(*) FROM onboarding_steps) AS steps`);
    expect(Number(table!.signups)).toBe(COUNT);
    expect(counts).toEqual({
      signups: COUNT,
      events: Number(table!.events),
      notes: Number(table!.notes),
      deliveries: Number(table!.deliveries),
      steps: Number(table!.steps),
    });
    expect(counts.notes).toBeGreaterThan(COUNT * 0.1);
  });

  it("stores answers exactly as each role's form parses them, and the filter columns from them", async () => {
    const signups = await rows<{
      role: Role;
      answers: Record<string, unknown>;
      languages: string[];
      needs_supervision: boolean;
      first_name: string;
      email: string;
    }>("SELECT role, answers, languages, needs_supervision, first_name, email FROM signups");
    for (const signup of signups) {
      const parsed = signupForm(signup.role).schema.safeParse(asPosted(signup.answers));
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(signup.answers);
      expect(signup.first_name).toBe(signup.answers.firstName);
      expect(signup.email).toBe(signup.answers.email);
      expect(signup.languages.every((name) => name === name.toLowerCase())).toBe(true);
    }
    const medical = signups.filter((s) => s.role === "medical");
    for (const signup of medical) {
      expect(signup.needs_supervision).toBe(signup.answers.licenceLevel !== "full");
    }
    expect(medical.some((s) => s.needs_supervision)).toBe(true);
    // Real names: accents, apostrophes.
    expect(signups.some((s) => /[^\x00-\x7f]/.test(s.first_name))).toBe(true);
    expect(signups.some((s) => (s.answers.lastName as string).includes("'"))).toBe(true);
  });

  it("spreads over roles, statuses, languages and three years, newest the densest", async () => {
    const byRole = await rows<{ role: string; n: number }>(
      "SELECT role, count(*)::int AS n FROM signups GROUP BY role",
    );
    expect(byRole).toHaveLength(3);
    for (const { n } of byRole) expect(share(n)).toBeGreaterThan(0.1);

    const byStatus = Object.fromEntries(
      (
        await rows<{ status: string; n: number }>(
          "SELECT status, count(*)::int AS n FROM signups GROUP BY status",
        )
      ).map((r) => [r.status, r.n]),
    );
    expect(share((byStatus.new ?? 0) + (byStatus.contacted ?? 0))).toBeGreaterThan(0.5);
    for (const status of ["onboarding", "active", "inactive", "declined"]) {
      expect(share(byStatus[status] ?? 0)).toBeGreaterThan(0.01);
    }

    const languages = await rows<{ name: string; n: number }>(
      "SELECT name, count(*)::int AS n FROM signups, unnest(languages) AS name GROUP BY name ORDER BY n DESC",
    );
    expect(languages.filter((l) => l.name !== "english")[0]!.name).toBe("spanish");
    const named = languages.map((l) => l.name);
    for (const name of [
      "mam",
      "k'iche'",
      "q'anjob'al",
      "portuguese",
      "haitian creole",
      "arabic",
      "dari",
      "pashto",
    ]) {
      expect(named).toContain(name);
    }

    const [span] = await rows<{ oldest: Date; newest: Date; last_year: number }>(`
      SELECT min(created_at) AS oldest, max(created_at) AS newest,
             count(*) FILTER (WHERE created_at > '${new Date(NOW.getTime() - YEAR).toISOString()}')::int AS last_year
        FROM signups`);
    expect(NOW.getTime() - span!.oldest.getTime()).toBeGreaterThan(2.5 * YEAR);
    expect(span!.newest.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(share(span!.last_year)).toBeGreaterThan(0.4);
  });

  it("gives each signup a consistent history: submitted, status changes ending at its status, emails sent", async () => {
    const mismatched = await rows(`
      SELECT s.id FROM signups s
       WHERE (SELECT count(*) FROM signup_events e WHERE e.signup_id = s.id AND e.kind = 'submitted') <> 1
          OR s.status::text <> coalesce((SELECT e.detail->>'to' FROM signup_events e
                WHERE e.signup_id = s.id AND e.kind = 'status_changed' ORDER BY e.created_at DESC LIMIT 1), 'new')
          OR (s.status <> 'new') <> (s.status_changed_by IS NOT NULL)
          OR s.updated_at < s.created_at`);
    expect(mismatched).toEqual([]);

    const unrecorded = await rows(`
      SELECT d.id FROM email_deliveries d
       WHERE (d.status = 'sent') <> EXISTS (SELECT 1 FROM signup_events e
              WHERE e.signup_id = d.signup_id AND e.kind = 'email_sent' AND e.detail->>'deliveryId' = d.id::text
                AND e.created_at = d.sent_at)`);
    expect(unrecorded).toEqual([]);

    const [kinds] = await rows<{
      updated: number;
      resubmitted: number;
      failed: number;
      confirmations: number;
    }>(`
      SELECT (SELECT count(*) FROM signup_events WHERE kind = 'updated' AND detail ? 'previousAnswers')::int AS updated,
             (SELECT count(*) FROM signups WHERE submission_count = 2)::int AS resubmitted,
             (SELECT count(*) FROM email_deliveries WHERE status = 'failed')::int AS failed,
             (SELECT count(*) FROM email_deliveries WHERE kind = 'volunteer_confirmation')::int AS confirmations`);
    expect(kinds!.updated).toBe(kinds!.resubmitted);
    expect(kinds!.updated).toBeGreaterThan(0);
    expect(kinds!.confirmations).toBe(COUNT);
    expect(kinds!.failed).toBeGreaterThan(0);
    expect(kinds!.failed).toBeLessThan(counts.deliveries * 0.05);
  });

  it("assigns some signups to staff, and lets a few people sign up under two roles", async () => {
    const [assigned] = await rows<{ n: number; staff: number }>(
      "SELECT count(*)::int AS n, count(DISTINCT assignee_id)::int AS staff FROM signups WHERE assignee_id IS NOT NULL",
    );
    expect(share(assigned!.n)).toBeGreaterThan(0.2);
    const unrecorded = await rows(`
      SELECT s.id FROM signups s WHERE s.assignee_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM signup_events e WHERE e.signup_id = s.id AND e.kind = 'assigned'
           AND e.detail->>'assigneeId' = s.assignee_id)`);
    expect(unrecorded).toEqual([]);
    expect(assigned!.staff).toBeGreaterThan(1);
    const [repeat] = await rows<{ n: number }>(
      "SELECT count(*)::int AS n FROM (SELECT email FROM signups GROUP BY email HAVING count(DISTINCT role) > 1) x",
    );
    expect(repeat!.n).toBeGreaterThan(0);
  });

  it("gives onboarding steps as far as each status suggests, and stores the readiness the app would", async () => {
    const [byStatus] = await rows<{
      active_ready: string;
      active: string;
      new_with_steps: string;
      new: string;
    }>(`
      SELECT count(*) FILTER (WHERE status = 'active' AND steps_open = 0) AS active_ready,
             count(*) FILTER (WHERE status = 'active') AS active,
             count(*) FILTER (WHERE status = 'new' AND EXISTS (SELECT 1 FROM onboarding_steps o WHERE o.signup_id = s.id)) AS new_with_steps,
             count(*) FILTER (WHERE status = 'new') AS new
        FROM signups s`);
    expect(Number(byStatus!.active_ready) / Number(byStatus!.active)).toBeGreaterThan(0.8);
    expect(Number(byStatus!.new_with_steps) / Number(byStatus!.new)).toBeLessThan(0.15);
    const [expiries] = await rows<{ soon: string; past: string }>(`
      SELECT count(*) FILTER (WHERE expires_on BETWEEN DATE '2026-11-28' AND DATE '2026-12-28') AS soon,
             count(*) FILTER (WHERE expires_on < DATE '2026-11-28') AS past
        FROM onboarding_steps`);
    expect(Number(expiries!.soon)).toBeGreaterThan(0);
    expect(Number(expiries!.past)).toBeGreaterThan(0);

    // The app's own derivation, run again over every signup, changes nothing.
    const snapshot = () =>
      rows("SELECT id, steps_open, steps_missing, first_expiry FROM signups ORDER BY id");
    const seeded = await snapshot();
    const db = createDb(database.url);
    try {
      const ids = (await rows<{ id: string }>("SELECT id::text FROM signups")).map((row) => row.id);
      await refreshReadiness(db, ids, "2026-11-28");
    } finally {
      await db.$disconnect();
    }
    expect(await snapshot()).toEqual(seeded);
  });

  it("adds to what is there: a second run brings more signups under the same staff", async () => {
    const before = await rows<{ id: string }>("SELECT id FROM staff_users");
    await seedVolume(database.url, { count: 50, seed: 8, now: NOW });
    const [after] = await rows<{ n: number }>("SELECT count(*)::int AS n FROM signups");
    expect(after!.n).toBe(COUNT + 50);
    expect(await rows("SELECT id FROM staff_users")).toEqual(before);
  });
});
