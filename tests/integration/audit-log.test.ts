import { beforeAll, describe, expect, it } from "vitest";
import { listAuditActors, listAuditEvents, AUDIT_PAGE_SIZE } from "../../lib/admin/audit-log";
import { deleteSignup } from "../../lib/admin/signup-privacy";
import { recordAudit } from "../../lib/auth/audit";
import { AccessError } from "../../lib/auth/errors";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { sampleSubmission, storeSignup } from "../support/signup-fixtures";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";

// /admin/audit's data: newest first, filtered by person, action and days, a page at a time,
// with names for actors and links only to signups that still exist; admins only.

const current = staffAuthDatabase();
let db: Db;
let admin: StaffContext;
let reviewer: StaffContext;

beforeAll(async () => {
  const { deps } = current();
  db = deps.db;
  const made = await Promise.all([
    createStaffMember(deps, { email: "audit-admin@example.org", role: "admin" }),
    createStaffMember(deps, { email: "audit-reviewer@example.org", role: "reviewer" }),
  ]);
  const sessions = await Promise.all(
    made.map((m, i) => signIn(deps.auth, m.email, m.password, `198.51.100.${80 + i}`)),
  );
  admin = await requireStaff(deps, new Headers({ cookie: sessions[0]!.cookie! }), { role: "admin" });
  reviewer = await requireStaff(deps, new Headers({ cookie: sessions[1]!.cookie! }));
});

describe("the audit log", () => {
  it("lists who did what in sentences, newest first, with current names and links to live signups", async () => {
    const { signupId: kept } = await storeSignup(
      db,
      sampleSubmission("attorney", 1, { firstName: "Ana", lastName: "García" }),
    );
    const { signupId: gone } = await storeSignup(db, sampleSubmission("medical", 2));
    await recordAudit(db, { actorId: reviewer.userId, action: "signup_viewed", subject: kept });
    await recordAudit(db, { actorId: reviewer.userId, action: "signup_viewed", subject: gone });
    expect(await deleteSignup(db, admin, gone)).toBe("done");
    await recordAudit(db, {
      actorId: admin.userId,
      action: "signup_status_changed",
      subject: kept,
      detail: { from: "new", to: "contacted" },
    });
    await recordAudit(db, { actorId: null, action: "sign_in_failed", detail: { reason: "password" } });

    const { entries } = await listAuditEvents(db, admin, {});
    const ids = entries.map((entry) => Number(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const [failed, changed, deleted, viewedGone, viewedKept] = entries;
    expect(failed).toMatchObject({
      action: "sign_in_failed",
      actorName: "The system",
      sentence: "Someone tried to sign in as an unknown account with a wrong password",
      signupId: null,
      technical: "sign_in_failed · reason: password",
    });
    expect(changed).toMatchObject({
      actorName: "audit-admin@example.org",
      sentence: "audit-admin@example.org changed the status of Ana García's signup from New to Contacted",
      signupId: kept,
    });
    expect(deleted).toMatchObject({
      action: "signup_deleted",
      actorName: "audit-admin@example.org",
      sentence: "audit-admin@example.org deleted a signup (Medical professional, New)",
      signupId: null,
      technical: `signup_deleted · ${gone} · role: medical; status: new`,
    });
    expect(viewedGone).toMatchObject({
      sentence: "audit-reviewer@example.org opened a deleted signup",
      signupId: null,
    });
    expect(viewedKept).toMatchObject({
      actorName: "audit-reviewer@example.org",
      sentence: "audit-reviewer@example.org opened Ana García's signup",
      signupId: kept,
    });
  });

  it("filters by person (or no one), action and days, and pages through everything once", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 7; i++) {
      await recordAudit(db, { actorId: reviewer.userId, action: "signups_exported", detail: { rows: i } });
    }
    const byReviewer = await listAuditEvents(db, admin, {
      actor: reviewer.userId,
      action: "signups_exported",
    });
    expect(byReviewer.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(byReviewer.entries[0]!.technical).toBe(`signups_exported · rows: ${AUDIT_PAGE_SIZE + 6}`);
    const next = await listAuditEvents(db, admin, {
      actor: reviewer.userId,
      action: "signups_exported",
      before: byReviewer.nextBefore!,
    });
    expect(next.entries.map((e) => e.technical)).toEqual(
      Array.from({ length: 7 }, (_, i) => `signups_exported · rows: ${6 - i}`),
    );
    expect(next.nextBefore).toBeNull();

    const byNoOne = await listAuditEvents(db, admin, { actor: "none" });
    expect(byNoOne.entries.length).toBeGreaterThan(0);
    expect(byNoOne.entries.every((e) => e.actorName === "The system")).toBe(true);
    const byAdmin = await listAuditEvents(db, admin, { actor: admin.userId });
    expect(byAdmin.entries.every((e) => e.actorName === "audit-admin@example.org")).toBe(true);
    expect(byAdmin.entries.map((e) => e.action)).toContain("signup_deleted");

    const today = new Date().toISOString().slice(0, 10);
    const [old] = await db.$queryRaw<{ id: bigint }[]>`
      INSERT INTO audit_events (action, created_at) VALUES ('setting_changed', '2026-01-15T23:59:00Z') RETURNING id`;
    const inJanuary = await listAuditEvents(db, admin, { from: "2026-01-15", to: "2026-01-15" });
    expect(inJanuary.entries.map((e) => e.id)).toEqual([old!.id.toString()]);
    expect(
      (await listAuditEvents(db, admin, { from: "2026-01-16", to: today })).entries.map((e) => e.id),
    ).not.toContain(old!.id.toString());
    expect((await listAuditEvents(db, admin, { to: "2026-01-14" })).entries).toEqual([]);
  });

  it("names a staff account that is the subject of an entry, and its new role", async () => {
    await recordAudit(db, {
      actorId: admin.userId,
      action: "staff_role_changed",
      subject: reviewer.userId,
      detail: { role: "admin", client: "198.51.100.80" },
    });
    const { entries } = await listAuditEvents(db, admin, { action: "staff_role_changed" });
    expect(entries[0]!.sentence).toBe(
      "audit-admin@example.org changed audit-reviewer@example.org's role to admin",
    );
  });

  it("names a deleted message template as its last save recorded it", async () => {
    const id = "6f1d2c3b-0000-4000-8000-00000000aaaa";
    const on = { actorId: admin.userId, subject: id };
    await recordAudit(db, { ...on, action: "message_template_created", detail: { name: "Welcome" } });
    await recordAudit(db, { ...on, action: "message_template_changed", detail: { name: "Welcome back" } });
    await recordAudit(db, { ...on, action: "message_template_deleted" });
    const { entries } = await listAuditEvents(db, admin, { action: "message_template_deleted" });
    expect(entries[0]!.sentence).toBe("audit-admin@example.org deleted the message template “Welcome back”");
  });

  it("offers every staff member as a person to filter by", async () => {
    expect((await listAuditActors(db, admin)).map((a) => a.name)).toEqual([
      "audit-admin@example.org",
      "audit-reviewer@example.org",
    ]);
  });

  it("is for admins only", async () => {
    await expect(listAuditEvents(db, reviewer, {})).rejects.toEqual(new AccessError("forbidden"));
    await expect(listAuditActors(db, reviewer)).rejects.toEqual(new AccessError("forbidden"));
  });

  it("cannot be rewritten: the database refuses an update or delete of a row", async () => {
    const [row] = await db.$queryRaw<{ id: bigint }[]>`SELECT id FROM audit_events ORDER BY id LIMIT 1`;
    await expect(
      db.$executeRaw`UPDATE audit_events SET actor_id = NULL WHERE id = ${row!.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_events WHERE id = ${row!.id}`).rejects.toThrow(
      /append-only/,
    );
  });
});
