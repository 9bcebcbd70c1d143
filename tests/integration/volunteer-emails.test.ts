import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/config/env-schema";
import { createDb, type Db } from "../../lib/db/client";
import { retryEmails } from "../../lib/jobs/retry-emails";
import { submitSignup } from "../../lib/signup/submit-signup";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { emailTestBed } from "../support/email-test-bed";
import type { TestDatabase } from "../support/test-database";
import { waitForMessages } from "../support/worker-harness";

// What the volunteer's address receives: a confirmation, and no more than the hourly cap of
// confirmations and proposal links (signup-proposals.test.ts) across every instance.

const bed = emailTestBed();
let database: TestDatabase;
let db: Db;
const startMail = bed.startMail;

beforeEach(() => {
  ({ database, db } = bed.current());
});

describe("the promised reply", () => {
  it("is RESPONSE_PROMISE_DAYS in the volunteer's language, in the confirmation's text and HTML", async () => {
    const { RESPONSE_PROMISE_DAYS } = parseEnv({ RESPONSE_PROMISE_DAYS: "7" });
    await startMail({ ...TEST_EMAIL_ENV, RESPONSE_PROMISE_DAYS });
    await storeSignup(db, sampleSubmission("attorney", 1));
    await storeSignup(db, sampleSubmission("medical", 2), { locale: "es" });

    const messages = await waitForMessages(bed.mailDir(), 4);
    const english = messages.find((m) => m.envelopeTo.includes("ana.1@example.com"))!;
    const spanish = messages.find((m) => m.envelopeTo.includes("ana.2@example.com"))!;
    expect(english.text).toContain("write to you within one week to talk about how you can help");
    expect(english.html).toContain("write to you within one week to talk about how you can help");
    expect(spanish.text).toContain("le escribirá en un plazo de una semana para hablar de cómo puede ayudar");
    expect(spanish.html).toContain("le escribirá en un plazo de una semana para hablar de cómo puede ayudar");
    for (const message of [english, spanish]) expect(message.text).not.toMatch(/two weeks|dos semanas/);
  });
});

describe("the hourly cap on emails to volunteers", () => {
  const capped = { ...TEST_EMAIL_ENV, CONFIRMATION_EMAILS_PER_HOUR: 2 };
  const jobKeys = async () =>
    (await db.$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker.jobs WHERE key IS NOT NULL`).map(
      (row) => row.key,
    );

  it("stores every signup and tells staff, but holds the volunteer's email over the cap, across instances", async () => {
    // Two app instances: two clients with their own connection pools on one database.
    const other = createDb(database.url);
    try {
      const results = await Promise.all(
        [1, 2, 3].map((n) =>
          submitSignup(n === 2 ? other : db, sampleSubmission("medical", n), {
            idempotencyKey: randomUUID(),
            env: capped,
          }),
        ),
      );
      expect(results.map((r) => r.outcome)).toEqual(["created", "created", "created"]);
      // A proposal's link, to a known address, counts against the same cap, and is held too.
      expect(
        (
          await submitSignup(other, sampleSubmission("medical", 1), {
            idempotencyKey: randomUUID(),
            env: capped,
          })
        ).outcome,
      ).toBe("proposed");
    } finally {
      await other.$disconnect();
    }

    expect(await db.signup.count()).toBe(3);
    const deliveries = await db.emailDelivery.findMany({
      select: { id: true, kind: true, status: true, lastError: true },
    });
    const staff = deliveries.filter((d) => d.kind === "staff_notification");
    // A proposal changes nothing staff need to hear of: three signups, three notifications.
    expect(staff.map((d) => d.status)).toEqual(["queued", "queued", "queued"]);
    const toVolunteers = deliveries.filter((d) => d.kind !== "staff_notification");
    expect(toVolunteers.filter((d) => d.status === "queued")).toHaveLength(2);
    const held = toVolunteers.filter((d) => d.status === "failed");
    expect(held.map((d) => d.lastError)).toEqual(["held: hourly cap", "held: hourly cap"]);
    // A held email has no job; every other email has one, and staff will be told.
    const keys = await jobKeys();
    for (const d of held) expect(keys).not.toContain(d.id);
    for (const d of deliveries.filter((d) => d.status === "queued")) expect(keys).toContain(d.id);
    expect(keys).toContain("notify_failed_emails");
    const [counter] = await db.rateLimitCounter.findMany({ where: { key: "volunteer-emails" } });
    expect(counter?.count).toBe(4);

    // email:retry leaves held emails out of --failed and queues them with --held.
    expect((await retryEmails(db, { failed: true }, { maxAttempts: 3 })).queued).toEqual([]);
    const retried = await retryEmails(db, { held: true }, { maxAttempts: 3 });
    expect(retried.queued.map((d) => d.id).sort()).toEqual(held.map((d) => d.id).sort());
    const keysAfter = await jobKeys();
    for (const d of held) expect(keysAfter).toContain(d.id);
    expect(await db.emailDelivery.count({ where: { status: "failed" } })).toBe(0);
  });

  it("counts nothing for a signup refused by a rate limit", async () => {
    const limits = { windowStart: new Date(), counters: [{ key: "ip", max: 1 }] };
    const submit = (n: number) =>
      submitSignup(db, sampleSubmission("attorney", n), {
        idempotencyKey: randomUUID(),
        env: capped,
        rateLimits: limits,
      });
    expect((await submit(1)).outcome).toBe("created");
    expect((await submit(2)).outcome).toBe("rate_limited");
    const [counter] = await db.rateLimitCounter.findMany({ where: { key: "volunteer-emails" } });
    expect(counter?.count).toBe(1);
  });
});
