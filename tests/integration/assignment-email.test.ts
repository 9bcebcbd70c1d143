import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyBulkChange } from "../../lib/admin/bulk-changes";
import { assignSignup } from "../../lib/admin/signup-changes";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { findFreePort } from "../../lib/dev/free-port";
import { readCaughtMessages, startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { startEmailWorker, type EmailWorker } from "../../lib/jobs/worker";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";
import { capturingLogger, tempMailDir, waitForMessages } from "../support/worker-harness";

// The email that tells a staff member a signup is now theirs, as received by a real SMTP
// server: one per assignment, one per bulk action however many records it lists, none to
// someone who took the signup themselves.

const SITE = "https://volunteer.example.org";
const current = staffAuthDatabase();
let db: Db;
let rosa: StaffContext;
let omarId: string;
let mail: Awaited<ReturnType<typeof tempMailDir>>;
let catcher: MailCatcher;
let worker: EmailWorker;
const workerLog: string[] = [];

beforeAll(async () => {
  const { deps, database } = current();
  db = deps.db;
  const member = await createStaffMember(deps, { email: "rosa@example.org" });
  await db.staffUser.update({ where: { id: member.userId }, data: { name: "Rosa Díaz" } });
  const session = await signIn(deps.auth, member.email, member.password, "198.51.100.9");
  rosa = await requireStaff(deps, new Headers({ cookie: session.cookie! }));
  omarId = (await createStaffMember(deps, { email: "omar@example.org" })).userId;
  await db.staffUser.update({ where: { id: omarId }, data: { name: "Omar Haddad" } });
  mail = await tempMailDir();
  const port = await findFreePort();
  catcher = await startMailCatcher({ directory: mail.dir, port });
  worker = await startEmailWorker({
    databaseUrl: database.url,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    env: TEST_EMAIL_ENV,
    logger: capturingLogger(workerLog),
  });
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await catcher?.close();
  await mail?.cleanup();
});

const toStaff = async (address: string) =>
  (await readCaughtMessages(mail.dir)).filter((message) => message.envelopeTo.includes(address));

async function signup(
  role: "attorney" | "medical" | "interpreter",
  n: number,
  firstName: string,
  lastName: string,
) {
  const { signupId } = await storeSignup(db, sampleSubmission(role, n, { firstName, lastName }));
  return signupId;
}

/** Waits for the queue to be empty: every email queued so far has been sent. */
async function drained() {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [row] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM graphile_worker._private_jobs`;
    if (row!.count === 0) return;
    if (Date.now() > deadline) throw new Error(`jobs left: ${JSON.stringify(workerLog)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the assignment email", () => {
  it("tells the new assignee on the record, with the volunteer's name, role and record link", async () => {
    const id = await signup("interpreter", 301, "Lucía", "Pérez");
    const before = (await toStaff("omar@example.org")).length;
    const outcome = await assignSignup(
      db,
      rosa,
      { signupId: id, version: 1, assigneeId: omarId },
      () => SITE,
    );
    expect(outcome).toBe("saved");
    const messages = await waitForMessages(mail.dir, 1);
    expect(messages.length).toBeGreaterThan(0);
    await drained();
    const mine = (await toStaff("omar@example.org")).slice(before);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe("Assigned to you: Lucía Pérez, translator/interpreter");
    expect(mine[0]!.text).toContain("Rosa Díaz assigned this signup to you:");
    expect(mine[0]!.text).toContain(`Lucía Pérez (translator/interpreter): ${SITE}/admin/signups/${id}`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "signup_assigned", subject: id } });
    expect(audit.detail).toEqual({ assigneeId: omarId, emailed: true });
  });

  it("sends nothing when staff assign a signup to themselves", async () => {
    const id = await signup("attorney", 302, "Marta", "Quispe");
    const outcome = await assignSignup(
      db,
      rosa,
      { signupId: id, version: 1, assigneeId: rosa.userId },
      () => SITE,
    );
    expect(outcome).toBe("saved");
    await drained();
    expect(await toStaff("rosa@example.org")).toHaveLength(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "signup_assigned", subject: id } });
    expect(audit.detail).toEqual({ assigneeId: rosa.userId, emailed: false });
  });

  it("sends one email for a bulk assignment, listing every record that changed hands", async () => {
    const ids = [
      await signup("attorney", 303, "Ana", "Ixcoy"),
      await signup("medical", 304, "Beto", "Cux"),
      await signup("interpreter", 305, "Carmen", "Tzoc"),
    ];
    await drained();
    const before = (await toStaff("omar@example.org")).length;
    const outcome = await applyBulkChange(
      db,
      rosa,
      { selection: { kind: "ids", ids }, change: { kind: "assignee", assigneeId: omarId }, expectedCount: 3 },
      () => SITE,
    );
    expect(outcome).toEqual({ kind: "applied", changed: 3, unchanged: 0 });
    await drained();
    const mine = (await toStaff("omar@example.org")).slice(before);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe("3 signups assigned to you");
    expect(mine[0]!.text).toContain("Rosa Díaz assigned these 3 signups to you:");
    expect(mine[0]!.text).toContain(`Ana Ixcoy (attorney): ${SITE}/admin/signups/${ids[0]}`);
    expect(mine[0]!.text).toContain(`Beto Cux (medical professional): ${SITE}/admin/signups/${ids[1]}`);
    expect(mine[0]!.text).toContain(`Carmen Tzoc (translator/interpreter): ${SITE}/admin/signups/${ids[2]}`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "signups_bulk_changed" } });
    expect(audit.detail).toMatchObject({ change: "assignee", to: omarId, changed: 3, emailed: true });

    // The same again changes nothing, so nobody is told again.
    await applyBulkChange(
      db,
      rosa,
      { selection: { kind: "ids", ids }, change: { kind: "assignee", assigneeId: omarId }, expectedCount: 3 },
      () => SITE,
    );
    await drained();
    expect((await toStaff("omar@example.org")).slice(before)).toHaveLength(1);
  });
});
