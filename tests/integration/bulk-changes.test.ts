import { beforeAll, describe, expect, it } from "vitest";
import { applyBulkChange, countSelection } from "../../lib/admin/bulk-changes";
import type { Selection } from "../../lib/admin/bulk-selection";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { seedVolume } from "../../lib/dev/volume-seed";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";

// Bulk changes from the list against real PostgreSQL: the confirmed count or nothing, one
// history entry per signup that changed, and one audit entry for the batch.

const current = staffAuthDatabase();
let db: Db;
let rosa: StaffContext;
let omarId: string;
const COUNT = 10_000;
const all: Selection = { kind: "view", view: { sort: "newest" } };

beforeAll(async () => {
  db = current().db;
  const { deps } = current();
  const member = await createStaffMember(deps, { email: "rosa@example.org", role: "reviewer" });
  const session = await signIn(deps.auth, "rosa@example.org", member.password, "198.51.100.7");
  rosa = await requireStaff(deps, new Headers({ cookie: session.cookie! }));
  await seedVolume(current().database.url, { count: COUNT, seed: 11, now: new Date(), batchSize: 2_500 });
  // After the seed, which assigns signups to the staff it finds: no one is Omar's yet.
  omarId = (await createStaffMember(deps, { email: "omar@example.org", role: "reviewer" })).userId;
}, 120_000);

/** The history entries a batch wrote (the seed writes its own, by the same staff). */
const batchEvents = (kind: string) =>
  db.$queryRaw<{ signupId: string; actorId: string; detail: Record<string, unknown> }[]>`
    SELECT signup_id::text AS "signupId", actor_id AS "actorId", detail FROM signup_events
     WHERE kind = ${kind} AND detail ? 'batch'`;

const bulkAudits = () =>
  db.auditEvent.findMany({ where: { action: "signups_bulk_changed" }, orderBy: { id: "asc" } });

describe("a bulk change", () => {
  it("changes nothing when the view no longer matches the confirmed count", async () => {
    expect(await countSelection(db, rosa, all)).toBe(COUNT);
    const outcome = await applyBulkChange(db, rosa, {
      selection: all,
      change: { kind: "assignee", assigneeId: omarId },
      expectedCount: COUNT - 1,
    });
    expect(outcome).toEqual({ kind: "count_changed", count: COUNT });
    expect(await db.signup.count({ where: { assigneeId: omarId } })).toBe(0);
    expect(await bulkAudits()).toHaveLength(0);
  });

  it("assigns 10,000 signups: 10,000 history entries and one audit entry", async () => {
    const outcome = await applyBulkChange(db, rosa, {
      selection: all,
      change: { kind: "assignee", assigneeId: omarId },
      expectedCount: COUNT,
    });
    expect(outcome).toEqual({ kind: "applied", changed: COUNT, unchanged: 0 });
    expect(await db.signup.count({ where: { assigneeId: omarId } })).toBe(COUNT);
    const events = await batchEvents("assigned");
    expect(events).toHaveLength(COUNT);
    const [audit] = await bulkAudits();
    const detail = audit!.detail as Record<string, unknown>;
    expect(new Set(events.map((e) => (e.detail as { batch: string }).batch))).toEqual(
      new Set([detail.batch]),
    );
    expect(events.every((e) => e.actorId === rosa.userId)).toBe(true);
    expect(detail).toMatchObject({
      change: "assignee",
      to: omarId,
      changed: COUNT,
      unchanged: 0,
      scope: "view",
    });
    expect(audit!.actorId).toBe(rosa.userId);

    // Again: nothing to change, no history, still one audit entry for what was asked.
    const again = await applyBulkChange(db, rosa, {
      selection: all,
      change: { kind: "assignee", assigneeId: omarId },
      expectedCount: COUNT,
    });
    expect(again).toEqual({ kind: "applied", changed: 0, unchanged: COUNT });
    expect(await batchEvents("assigned")).toHaveLength(COUNT);
  }, 60_000);

  it("moves ticked rows to a status, each with where it came from, and keeps a search's words out of the log", async () => {
    const picked = await db.signup.findMany({
      take: 3,
      orderBy: { id: "asc" },
      select: { id: true, status: true },
    });
    const ids = picked.map((s) => s.id);
    await db.signup.updateMany({ where: { id: { in: ids } }, data: { status: "new" } });
    await db.signup.update({ where: { id: ids[0]! }, data: { status: "onboarding" } });
    const outcome = await applyBulkChange(db, rosa, {
      selection: { kind: "ids", ids },
      change: { kind: "status", status: "onboarding" },
      expectedCount: 3,
    });
    expect(outcome).toEqual({ kind: "applied", changed: 2, unchanged: 1 });
    const rows = await db.signup.findMany({
      where: { id: { in: ids } },
      select: { status: true, statusChangedBy: true },
    });
    expect(rows.every((r) => r.status === "onboarding")).toBe(true);
    const events = await batchEvents("status_changed");
    expect(events.map((e) => [e.signupId, e.detail.from, e.detail.to]).sort()).toEqual(
      [
        [ids[1], "new", "onboarding"],
        [ids[2], "new", "onboarding"],
      ].sort(),
    );

    const name = (await db.signup.findFirstOrThrow({ select: { lastName: true } })).lastName;
    const search: Selection = { kind: "view", view: { sort: "newest", q: name } };
    const count = await countSelection(db, rosa, search);
    await applyBulkChange(db, rosa, {
      selection: search,
      change: { kind: "followUp", on: "2026-12-20", reason: `call ${name}` },
      expectedCount: count,
    });
    const logged = JSON.stringify((await bulkAudits()).map((a) => a.detail));
    expect(logged).not.toContain(name);
    const followUps = await batchEvents("follow_up_set");
    expect(followUps).toHaveLength(count);
    expect(JSON.stringify(followUps.map((e) => e.detail))).not.toContain(name);
  }, 30_000);

  it("refuses an assignee who is not active staff, and leaves anonymised signups out", async () => {
    expect(
      await applyBulkChange(db, rosa, {
        selection: all,
        change: { kind: "assignee", assigneeId: "no-such-staff" },
        expectedCount: COUNT,
      }),
    ).toEqual({ kind: "invalid" });
    const gone = await db.signup.findFirstOrThrow({ select: { id: true } });
    await db.signup.update({ where: { id: gone.id }, data: { anonymizedAt: new Date() } });
    expect(await countSelection(db, rosa, all)).toBe(COUNT - 1);
    expect(await countSelection(db, rosa, { kind: "ids", ids: [gone.id] })).toBe(0);
  });
});
