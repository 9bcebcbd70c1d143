import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymiseSignup, deleteSignup, getPrivacySubject } from "../../lib/admin/signup-privacy";
import { recordAudit } from "../../lib/auth/audit";
import { AccessError } from "../../lib/auth/errors";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { readCaughtMessages, startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { findEverywhere } from "../support/find-everywhere";
import { confirmProposal } from "../../lib/signup/signup-proposals";
import {
  latestProposalToken,
  sampleSubmission,
  storeSignup,
  TEST_EMAIL_ENV,
} from "../support/signup-fixtures";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";
import { capturingLogger, tempMailDir } from "../support/worker-harness";

// A privacy request leaves nothing of the person anywhere in the database: every column of
// every table (the queue's and the audit log's too) is searched for their name, email and phone.

const current = staffAuthDatabase();
let db: Db;
let admin: StaffContext;
let reviewer: StaffContext;
let mail: Awaited<ReturnType<typeof tempMailDir>>;
let catcher: MailCatcher;
const workerLog: string[] = [];

beforeAll(async () => {
  const { deps } = current();
  db = deps.db;
  const made = await Promise.all([
    createStaffMember(deps, { email: "privacy-admin@example.org", role: "admin" }),
    createStaffMember(deps, { email: "privacy-reviewer@example.org", role: "reviewer" }),
  ]);
  const [adminSession, reviewerSession] = await Promise.all(
    made.map((m, i) => signIn(deps.auth, m.email, m.password, `198.51.100.${60 + i}`)),
  );
  admin = await requireStaff(deps, new Headers({ cookie: adminSession!.cookie! }), { role: "admin" });
  reviewer = await requireStaff(deps, new Headers({ cookie: reviewerSession!.cookie! }));
  mail = await tempMailDir();
  catcher = await startMailCatcher({ directory: mail.dir, port: await findFreePort() });
});

afterAll(async () => {
  await catcher?.close();
  await mail?.cleanup();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function withWorker(work: () => Promise<void>) {
  const worker: EmailWorker = await startEmailWorker({
    databaseUrl: current().database.url,
    smtpUrl: catcher.url,
    env: TEST_EMAIL_ENV,
    logger: capturingLogger(workerLog),
  });
  try {
    await work();
  } finally {
    await worker.stop();
  }
}

type Person = { firstName: string; lastName: string; email: string; phone: string };

/**
 * A volunteer with everything that can hold their data: two emails sent, new answers they
 * confirmed (the event keeps the previous answers), newer answers still waiting as a proposal
 * whose email is queued after a failed try that quoted the address, a note naming them, and a
 * staff member's view of the record.
 */
async function volunteerWithHistory(tag: string): Promise<{ id: string; person: Person }> {
  const person = {
    firstName: `Zephyrine${tag}`,
    lastName: `Quackenbush${tag}`,
    email: `zq.${tag.toLowerCase()}@volunteer-mail.example.net`,
    phone: `+1 (575) 246-81${tag.length}${tag.length}`,
  };
  const fields = { ...person, anythingElse: `Ask for ${person.firstName} at the clinic.` };
  const { signupId: id } = await storeSignup(db, sampleSubmission("attorney", 3, fields));
  await withWorker(() =>
    waitFor(async () => (await db.emailDelivery.count({ where: { signupId: id, status: "sent" } })) === 2),
  );
  const again = await storeSignup(db, sampleSubmission("attorney", 3, { ...fields, city: "Las Cruces" }));
  expect(again).toEqual({ outcome: "proposed", signupId: id });
  expect(await confirmProposal(db, await latestProposalToken(db, id))).toBe("applied");
  const third = await storeSignup(db, sampleSubmission("attorney", 3, { ...fields, city: "Taos" }));
  expect(third).toEqual({ outcome: "proposed", signupId: id });
  const queued = await db.emailDelivery.findFirstOrThrow({
    where: { signupId: id, status: "queued", kind: "volunteer_proposal" },
    orderBy: { createdAt: "desc" },
  });
  const smtpReply = `550 5.1.1 <${person.email}>: mailbox unavailable for ${person.firstName}`;
  await db.emailDelivery.update({ where: { id: queued.id }, data: { attempts: 1, lastError: smtpReply } });
  await db.$executeRaw`
    UPDATE graphile_worker._private_jobs SET attempts = 1, last_error = ${smtpReply},
           run_at = now() + interval '1 hour'
     WHERE key = ${queued.id}`;
  await db.signupNote.create({
    data: {
      id: randomUUID(),
      signupId: id,
      authorId: admin.userId,
      body: `Called ${person.firstName} ${person.lastName} on ${person.phone}; wrote to ${person.email}.`,
    },
  });
  await recordAudit(db, { actorId: admin.userId, action: "signup_viewed", subject: id });
  return { id, person };
}

const needles = (person: Person) => Object.values(person);

describe("anonymising a signup", () => {
  it("removes every trace of the person from every table and column, and keeps the row's role, status and dates", async () => {
    const { id, person } = await volunteerWithHistory("Anon");
    const before = await db.signup.findUniqueOrThrow({ where: { id } });
    // The search does find them before: in the row, its history, its note, its emails, the queue.
    const found = (await findEverywhere(db, needles(person))).map((hit) => hit.split(":")[0]);
    for (const column of [
      "public.signups.first_name",
      "public.signups.email",
      "public.signups.phone",
      "public.signups.answers",
      "public.signup_events.detail",
      "public.signup_notes.body",
      "public.signup_proposals.answers",
      "public.signup_proposals.columns",
      "public.email_deliveries.recipient",
      "public.email_deliveries.last_error",
      "graphile_worker._private_jobs.last_error",
    ]) {
      expect(found).toContain(column);
    }

    expect(await anonymiseSignup(db, admin, id)).toBe("done");

    expect(await findEverywhere(db, needles(person))).toEqual([]);
    const after = await db.signup.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({
      role: "attorney",
      status: before.status,
      createdAt: before.createdAt,
      firstName: "Anonymised",
      lastName: "",
      email: `anonymised-${id}@invalid`,
      phone: null,
      organization: null,
      languages: [],
      version: before.version + 1,
    });
    expect(after.anonymizedAt).toBeInstanceOf(Date);
    // The chosen options stay (counts by case type), typed answers do not.
    expect(after.answers).toMatchObject({
      caseTypes: ["defensive_asylum", "sijs_children"],
      hoursPerMonth: 10,
    });
    expect(after.answers).not.toHaveProperty("barAdmissions");
    expect(after.answers).not.toHaveProperty("courts");
    // The resubmission's previous answers keep the same kinds of answer, and no more.
    const [updated] = await db.signupEvent.findMany({ where: { signupId: id, kind: "updated" } });
    expect(updated!.detail).toEqual({ previousAnswers: after.answers, proposalId: expect.any(String) });
    // The answers still waiting for confirmation go with the rest.
    expect(await db.signupProposal.count({ where: { signupId: id } })).toBe(0);
    // The queued email will not go: its job and its delivery are gone; the two sent stay.
    const queue = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`;
    expect(Number(queue[0]!.n)).toBe(0);
    const deliveries = await db.emailDelivery.findMany({ where: { signupId: id }, orderBy: { kind: "asc" } });
    expect(deliveries.map((d) => [d.kind, d.status, d.recipient, d.lastError])).toEqual([
      ["staff_notification", "sent", TEST_EMAIL_ENV.STAFF_EMAIL_ATTORNEY, null],
      ["volunteer_confirmation", "sent", `anonymised-${id}@invalid`, null],
    ]);
    // Recorded once, by whom, about which signup, with nothing else.
    const audit = await db.auditEvent.findMany({ where: { action: "signup_anonymized", subject: id } });
    expect(audit).toMatchObject([{ actorId: admin.userId, detail: null }]);
  });

  it("sends nothing for an email whose job runs after the signup was anonymised", async () => {
    const { signupId: id } = await storeSignup(db, sampleSubmission("medical", 4, { firstName: "Ottoline" }));
    expect(await anonymiseSignup(db, admin, id)).toBe("done");
    expect(await db.emailDelivery.count({ where: { signupId: id } })).toBe(0);
    // As if a resend had raced the request: a delivery and its job written just after it.
    const delivery = await db.emailDelivery.create({
      data: {
        signupId: id,
        kind: "volunteer_confirmation",
        recipient: "late@example.net",
        messageId: "<late@x>",
      },
    });
    await db.$executeRaw`SELECT graphile_worker.add_job('send_email', json_build_object('deliveryId', ${delivery.id}::text))`;
    const caughtBefore = (await readCaughtMessages(mail.dir)).length;
    await withWorker(() =>
      waitFor(async () => {
        const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`;
        return Number(row!.n) === 0;
      }),
    );
    expect(await readCaughtMessages(mail.dir)).toHaveLength(caughtBefore);
    expect(await db.signupEvent.count({ where: { signupId: id, kind: "email_sent" } })).toBe(0);
  });

  it("answers 'already' the second time and changes nothing more", async () => {
    const { signupId: id } = await storeSignup(db, sampleSubmission("interpreter", 5));
    const [first, second] = await Promise.all([
      anonymiseSignup(db, admin, id),
      anonymiseSignup(db, admin, id),
    ]);
    expect([first, second].sort()).toEqual(["already", "done"]);
    const version = (await db.signup.findUniqueOrThrow({ where: { id } })).version;
    expect(await anonymiseSignup(db, admin, id)).toBe("already");
    expect((await db.signup.findUniqueOrThrow({ where: { id } })).version).toBe(version);
    expect(await db.auditEvent.count({ where: { action: "signup_anonymized", subject: id } })).toBe(1);
    expect(await anonymiseSignup(db, admin, randomUUID())).toBe("not_found");
    expect(await anonymiseSignup(db, admin, "not-a-uuid")).toBe("not_found");
  });
});

describe("deleting a signup", () => {
  it("removes the row, everything that hangs off it and its queued jobs: the person is nowhere", async () => {
    const { id, person } = await volunteerWithHistory("Del");
    expect((await findEverywhere(db, needles(person))).length).toBeGreaterThan(5);

    expect(await deleteSignup(db, admin, id)).toBe("done");

    expect(await findEverywhere(db, needles(person))).toEqual([]);
    expect(await db.signup.count({ where: { id } })).toBe(0);
    for (const table of [
      "submission_keys",
      "email_deliveries",
      "signup_events",
      "signup_notes",
      "signup_proposals",
    ]) {
      const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM ${table} WHERE signup_id = $1::uuid`,
        id,
      );
      expect(Number(row!.n), table).toBe(0);
    }
    const queue = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`;
    expect(Number(queue[0]!.n)).toBe(0);
    const audit = await db.auditEvent.findMany({ where: { action: "signup_deleted", subject: id } });
    expect(audit).toMatchObject([{ actorId: admin.userId, detail: { role: "attorney", status: "new" } }]);
  });

  it("answers 'already' for a double click and a second request, 'not_found' for a signup never there", async () => {
    const { signupId: id } = await storeSignup(db, sampleSubmission("medical", 6));
    const results = await Promise.all([deleteSignup(db, admin, id), deleteSignup(db, admin, id)]);
    expect(results.sort()).toEqual(["already", "done"]);
    expect(await deleteSignup(db, admin, id)).toBe("already");
    expect(await db.auditEvent.count({ where: { action: "signup_deleted", subject: id } })).toBe(1);
    expect(await deleteSignup(db, admin, randomUUID())).toBe("not_found");
  });
});

describe("who may", () => {
  it("refuses a reviewer both requests and the confirmation page's data, changing nothing", async () => {
    const { signupId: id } = await storeSignup(db, sampleSubmission("attorney", 7));
    const before = await db.signup.findUniqueOrThrow({ where: { id } });
    const forbidden = new AccessError("forbidden");
    await expect(getPrivacySubject(db, reviewer, id)).rejects.toEqual(forbidden);
    await expect(anonymiseSignup(db, reviewer, id)).rejects.toEqual(forbidden);
    await expect(deleteSignup(db, reviewer, id)).rejects.toEqual(forbidden);
    expect(await db.signup.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await getPrivacySubject(db, admin, id)).toMatchObject({
      id,
      name: "Ana María O'Connor-Pérez",
      anonymizedAt: null,
      emails: 2,
    });
  });
});
