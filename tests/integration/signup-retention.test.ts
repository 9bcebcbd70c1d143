import { makeWorkerUtils } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { anonymiseExpiredSignups, retentionCronItems } from "../../lib/jobs/retention-task";
import { startEmailWorker } from "../../lib/jobs/worker";
import { findEverywhere } from "../support/find-everywhere";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { capturingLogger } from "../support/worker-harness";

// SIGNUP_RETENTION_DAYS: declined and inactive signups untouched for that long are anonymised
// by a daily job; others, and recent ones, are kept.

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

/** A signup with a status set `statusDaysAgo` (null: never changed; then its last update counts). */
async function signupAged(
  n: number,
  status: "new" | "declined" | "inactive" | "active",
  statusDaysAgo: number | null,
  updatedDaysAgo = 0,
) {
  const { signupId } = await storeSignup(
    db,
    sampleSubmission("attorney", n, { lastName: `Retentionson${n}` }),
  );
  await db.$executeRaw`
    UPDATE signups SET status = ${status}::"SignupStatus",
      status_changed_at = CASE WHEN ${statusDaysAgo}::int IS NULL THEN NULL
                               ELSE now() - make_interval(days => ${statusDaysAgo}::int) END,
      updated_at = now() - make_interval(days => ${updatedDaysAgo}::int)
     WHERE id = ${signupId}::uuid`;
  return signupId;
}

describe("retention", () => {
  it("anonymises declined and inactive signups past the setting, keeps the rest, and records the count", async () => {
    const due = [
      await signupAged(1, "declined", 31),
      await signupAged(2, "inactive", 45),
      await signupAged(3, "declined", null, 40),
    ];
    const kept = [
      await signupAged(4, "declined", 29),
      await signupAged(5, "inactive", null, 10),
      await signupAged(6, "new", null, 400),
      await signupAged(7, "active", 400, 400),
    ];
    const count = await anonymiseExpiredSignups(db, { days: 30 });
    expect(count).toBe(3);
    const rows = await db.signup.findMany({ select: { id: true, anonymizedAt: true, lastName: true } });
    const anonymised = rows.filter((row) => row.anonymizedAt).map((row) => row.id);
    expect(anonymised.sort()).toEqual([...due].sort());
    expect(
      rows.filter((row) => kept.includes(row.id)).every((row) => row.lastName.startsWith("Retentionson")),
    ).toBe(true);
    for (const n of [1, 2, 3]) expect(await findEverywhere(db, [`Retentionson${n}`])).toEqual([]);

    const audit = await db.auditEvent.findMany({ where: { action: "signups_retention_anonymized" } });
    expect(audit).toMatchObject([{ actorId: null, subject: null, detail: { count: 3, days: 30 } }]);

    // The next day's run finds nothing new and says so.
    expect(await anonymiseExpiredSignups(db, { days: 30 })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "signups_retention_anonymized" } })).toBe(2);
  });

  it("works through more than one batch", async () => {
    await db.$executeRaw`UPDATE signups SET status = 'new' WHERE anonymized_at IS NULL`;
    const ids = await Promise.all(Array.from({ length: 230 }, (_, i) => signupAged(1000 + i, "inactive", 3)));
    expect(await anonymiseExpiredSignups(db, { days: 2 })).toBe(230);
    expect(await db.signup.count({ where: { id: { in: ids }, anonymizedAt: null } })).toBe(0);
  });

  it("is scheduled daily by the worker only when the setting is on, and the worker runs it", async () => {
    expect(retentionCronItems(undefined)).toEqual([]);
    expect(retentionCronItems(30)).toMatchObject([{ task: "signups_retention", match: "17 3 * * *" }]);

    const id = await signupAged(2000, "declined", 3);
    const log: string[] = [];
    const worker = await startEmailWorker({
      databaseUrl: database.url,
      smtpUrl: "smtp://127.0.0.1:9",
      env: { ...TEST_EMAIL_ENV, SIGNUP_RETENTION_DAYS: 1 },
      logger: capturingLogger(log),
    });
    try {
      // The schedule is registered; a run of its task (as the schedule queues it) anonymises.
      await expect
        .poll(async () => {
          const known = await db.$queryRaw<{ identifier: string }[]>`
            SELECT identifier FROM graphile_worker._private_known_crontabs`;
          return known.map((row) => row.identifier).sort();
        })
        // Beside the worker's other schedules (proposals' cleanup, the hourly digest, …).
        .toEqual(expect.arrayContaining(["signup_proposals_cleanup", "signups_retention"]));
      const utils = await makeWorkerUtils({ connectionString: database.url });
      await utils.addJob("signups_retention", {});
      await utils.release();
      const deadline = Date.now() + 20_000;
      while (!(await db.signup.findUniqueOrThrow({ where: { id } })).anonymizedAt) {
        if (Date.now() > deadline) throw new Error(`not anonymised; worker said:\n${log.join("\n")}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await worker.stop();
    }
  });
});
