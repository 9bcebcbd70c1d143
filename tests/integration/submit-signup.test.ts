import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { submitSignup } from "../../lib/signup/submit-signup";
import { sampleSubmission, TEST_EMAIL_ENV } from "../support/signup-fixtures";
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
    const result = await submitSignup(db, submission, { idempotencyKey: randomUUID(), env: TEST_EMAIL_ENV });
    expect(result.outcome).toBe("created");
    const signup = await db.signup.findUniqueOrThrow({
      where: { id: result.signupId },
      include: { emailDeliveries: true },
    });
    expect(signup).toMatchObject({
      role: "attorney",
      email: "ana.1@example.com",
      languages: ["spanish"],
      hoursPerMonth: 10,
      organization: "Wilcox, Myers, & Jones",
    });
    expect(signup.answers).toEqual(JSON.parse(JSON.stringify(submission.answers)));
    expect(signup.emailDeliveries.map((d) => [d.kind, d.recipient]).sort()).toEqual([
      ["staff_notification", "attorneys@example.org"],
      ["volunteer_confirmation", "ana.1@example.com"],
    ]);
    expect((await jobsFor(result.signupId))[0]!.count).toBe(2n);
  });

  it("maps the same form submitted twice, even at once, to one signup", async () => {
    const submission = sampleSubmission("medical", 2);
    const key = randomUUID();
    const results = await Promise.all(
      [1, 2, 3].map(() => submitSignup(db, submission, { idempotencyKey: key, env: TEST_EMAIL_ENV })),
    );
    expect(new Set(results.map((r) => r.signupId)).size).toBe(1);
    expect(results.map((r) => r.outcome).sort()).toEqual(["created", "duplicate", "duplicate"]);
    expect(await db.signup.count({ where: { email: "ana.2@example.com" } })).toBe(1);
    expect(await db.emailDelivery.count({ where: { signupId: results[0]!.signupId } })).toBe(2);
  });

  it("updates the first signup for the same email and role within 24 hours, and tells staff again", async () => {
    const first = await submitSignup(db, sampleSubmission("interpreter", 3), {
      idempotencyKey: randomUUID(),
      env: TEST_EMAIL_ENV,
    });
    const again = await submitSignup(db, sampleSubmission("interpreter", 3, { city: "Santa Fe" }), {
      idempotencyKey: randomUUID(),
      env: TEST_EMAIL_ENV,
    });
    expect(again).toEqual({ outcome: "updated", signupId: first.signupId });
    const signup = await db.signup.findUniqueOrThrow({
      where: { id: first.signupId },
      include: { emailDeliveries: true },
    });
    expect(signup.city).toBe("Santa Fe");
    expect(signup.submissionCount).toBe(2);
    expect(signup.emailDeliveries.map((d) => d.kind).sort()).toEqual([
      "staff_notification",
      "staff_notification",
      "volunteer_confirmation",
    ]);
    // Another role is another signup.
    const other = await submitSignup(db, sampleSubmission("medical", 3), {
      idempotencyKey: randomUUID(),
      env: TEST_EMAIL_ENV,
    });
    expect(other.outcome).toBe("created");
  });
});
