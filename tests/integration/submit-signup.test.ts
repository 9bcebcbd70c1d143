import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { submitSignup } from "../../lib/signup/submit-signup";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
  db = createDb(database.url);
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const jobsFor = async (signupId: string) =>
  db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM graphile_worker.jobs j
    JOIN email_deliveries d ON d.id::text = j.key WHERE d.signup_id = ${signupId}::uuid`;

describe("submitSignup", () => {
  it("stores every answer and queues one staff email and one confirmation in the same transaction", async () => {
    const submission = sampleSubmission("attorney", 1);
    const result = await storeSignup(db, submission);
    expect(result.outcome).toBe("created");
    const signup = await db.signup.findUniqueOrThrow({
      where: { id: result.signupId },
      include: { emailDeliveries: true, events: true },
    });
    expect(signup).toMatchObject({
      role: "attorney",
      email: "ana.1@example.com",
      languages: ["spanish"],
      hoursPerMonth: 10,
      organization: "Wilcox, Myers, & Jones",
      submissionCount: 1,
    });
    expect(signup.answers).toEqual(JSON.parse(JSON.stringify(submission.answers)));
    expect(signup.emailDeliveries.map((d) => [d.kind, d.recipient, d.status]).sort()).toEqual([
      ["staff_notification", "attorneys@example.org", "queued"],
      ["volunteer_confirmation", "ana.1@example.com", "queued"],
    ]);
    expect(new Set(signup.emailDeliveries.map((d) => d.messageId)).size).toBe(2);
    expect(signup.events.map((e) => e.kind)).toEqual(["submitted"]);
    expect((await jobsFor(result.signupId))[0]!.count).toBe(2n);
  });

  it("maps the same form submitted twice, even at once, to one signup", async () => {
    const submission = sampleSubmission("medical", 2);
    const key = randomUUID();
    const results = await Promise.all(
      [1, 2, 3].map(() => storeSignup(db, submission, { idempotencyKey: key })),
    );
    expect(new Set(results.map((r) => r.signupId)).size).toBe(1);
    expect(results.map((r) => r.outcome).sort()).toEqual(["created", "duplicate", "duplicate"]);
    expect(await db.signup.count({ where: { email: "ana.2@example.com" } })).toBe(1);
    expect(await db.emailDelivery.count({ where: { signupId: results[0]!.signupId } })).toBe(2);
  });

  it("keeps the same email and role again as a proposal: the signup unchanged, only the volunteer emailed", async () => {
    const first = await storeSignup(db, sampleSubmission("interpreter", 3));
    const again = await storeSignup(db, sampleSubmission("interpreter", 3, { city: "Santa Fe" }));
    expect(again).toEqual({ outcome: "proposed", signupId: first.signupId });
    const signup = await db.signup.findUniqueOrThrow({
      where: { id: first.signupId },
      include: { emailDeliveries: true, events: true, proposals: true },
    });
    expect(signup.city).toBe("Albuquerque");
    expect(signup.submissionCount).toBe(1);
    expect(signup.version).toBe(1);
    expect(signup.emailDeliveries.map((d) => [d.kind, d.recipient]).sort()).toEqual([
      ["staff_notification", "interpreters@example.org"],
      ["volunteer_confirmation", "ana.3@example.com"],
      ["volunteer_proposal", "ana.3@example.com"],
    ]);
    expect(signup.events.map((e) => e.kind).sort()).toEqual(["submitted", "update_proposed"]);
    expect(signup.proposals).toHaveLength(1);
    expect(signup.proposals[0]!.answers).toMatchObject({ city: "Santa Fe" });
    expect(signup.proposals[0]!.columns).toMatchObject({ city: "Santa Fe", email: "ana.3@example.com" });
    expect((await jobsFor(first.signupId))[0]!.count).toBe(3n);
    // Another role is another signup.
    const other = await storeSignup(db, sampleSubmission("medical", 3));
    expect(other.outcome).toBe("created");
  });

  it("proposes to a signup of any age: the 24-hour window is gone", async () => {
    const first = await storeSignup(db, sampleSubmission("attorney", 4));
    await db.$executeRaw`UPDATE signups SET created_at = now() - interval '400 days' WHERE id = ${first.signupId}::uuid`;
    const later = await storeSignup(db, sampleSubmission("attorney", 4));
    expect(later).toEqual({ outcome: "proposed", signupId: first.signupId });
    expect(await db.signup.count({ where: { email: "ana.4@example.com" } })).toBe(1);
  });

  it("refuses a signup over a rate limit and stores nothing of it", async () => {
    const windowStart = new Date("2026-11-27T10:00:00Z");
    const rateLimits = (max: number) => ({
      windowStart,
      counters: [
        { key: "ip-key", max: 100 },
        { key: "email-key", max },
      ],
    });
    const submit = (n: number, max: number) =>
      submitSignup(db, sampleSubmission("medical", n), {
        idempotencyKey: randomUUID(),
        env: TEST_EMAIL_ENV,
        rateLimits: rateLimits(max),
      });
    const before = await db.signup.count();
    const accepted = await Promise.all([10, 11, 12].map((n) => submit(n, 3)));
    expect(accepted.map((r) => r.outcome)).toEqual(["created", "created", "created"]);

    expect(await submit(13, 3)).toEqual({ outcome: "rate_limited" });
    expect(await db.signup.count()).toBe(before + 3);
    expect(await db.signup.count({ where: { email: "ana.13@example.com" } })).toBe(0);
    const counters = await db.rateLimitCounter.findMany({ where: { windowStart }, orderBy: { key: "asc" } });
    // The refused signup is not counted: the counters count what was stored.
    expect(counters.map((c) => [c.key, c.count])).toEqual([
      ["email-key", 3],
      ["ip-key", 3],
    ]);
    // A new window starts again from zero.
    const next = await submitSignup(db, sampleSubmission("medical", 13), {
      idempotencyKey: randomUUID(),
      env: TEST_EMAIL_ENV,
      rateLimits: { ...rateLimits(3), windowStart: new Date("2026-11-27T11:00:00Z") },
    });
    expect(next.outcome).toBe("created");
  });
});
