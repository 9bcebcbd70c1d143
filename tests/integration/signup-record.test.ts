import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { resendEmail } from "../../lib/admin/email-resend";
import { FollowUpFormSchema, RecordFormSchema } from "../../lib/admin/record-forms";
import { saveRecord } from "../../lib/admin/record-save";
import { findNeighbours } from "../../lib/admin/signup-neighbours";
import { parseSignupView } from "../../lib/admin/signup-view";
import { assignSignup, changeStatus, listAssignableStaff, setFollowUp } from "../../lib/admin/signup-changes";
import { listHistory } from "../../lib/admin/signup-history";
import { addNote, editNote, listNotes } from "../../lib/admin/signup-notes";
import { getSignupRecord } from "../../lib/admin/signup-record";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { getMessages } from "../../lib/messages";
import { anonymiseSignupRows } from "../../lib/signup/anonymise";
import { confirmProposal } from "../../lib/signup/signup-proposals";
import {
  latestProposalToken,
  sampleSubmission,
  storeSignup,
  TEST_EMAIL_ENV,
} from "../support/signup-fixtures";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";

// The record page's reads and changes against real PostgreSQL, as a reviewer: each change is
// refused when stale, harmless when repeated, and written with its history event and its
// audit entry (naming the staff member, holding no personal data).

const current = staffAuthDatabase();
const forms = getMessages().forms;
let db: Db;
let rosa: StaffContext;
let omar: StaffContext;
let n = 0;

async function reviewer(email: string, name: string): Promise<StaffContext> {
  const { deps } = current();
  const member = await createStaffMember(deps, { email, role: "reviewer" });
  await db.staffUser.update({ where: { id: member.userId }, data: { name } });
  const session = await signIn(deps.auth, email, member.password, `198.51.100.${++n}`);
  return requireStaff(deps, new Headers({ cookie: session.cookie! }));
}

async function newSignup(overrides: Record<string, string> = {}, role: "attorney" | "medical" = "attorney") {
  const { signupId } = await storeSignup(db, sampleSubmission(role, ++n, overrides));
  return signupId;
}

const signupRow = (id: string) =>
  db.signup.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, statusChangedBy: true, statusChangedAt: true, assigneeId: true },
  });
const audits = (subject: string, action: string) =>
  db.auditEvent.findMany({ where: { subject, action }, orderBy: { id: "asc" } });
const events = (signupId: string, kind: string) =>
  db.signupEvent.findMany({ where: { signupId, kind }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = current().db;
  rosa = await reviewer("rosa@example.org", "Rosa Reviewer");
  omar = await reviewer("omar@example.org", "Omar Other");
});

describe("reading a record", () => {
  it("gives every answer with its label in the form's order, the person's other signups, and audits the view", async () => {
    const email = `same.${randomUUID().slice(0, 6)}@example.com`;
    const id = await newSignup({ email });
    const other = await newSignup({ email }, "medical");
    const record = (await getSignupRecord(db, rosa, id, forms))!;
    expect(record).toMatchObject({ role: "attorney", status: "new", version: 1, submissionCount: 1 });
    expect(record.answers.slice(0, 3).map((line) => line.label)).toEqual([
      "First name",
      "Last name",
      "Email",
    ]);
    expect(record.answers.find((line) => line.name === "caseTypes")?.value).toBe(
      "Defensive asylum and removal defense, SIJS and other children’s cases",
    );
    expect(record.otherSignups.map((s) => [s.id, s.role])).toEqual([[other, "medical"]]);
    const [viewed] = await audits(id, "signup_viewed");
    expect(viewed).toMatchObject({ actorId: rosa.userId, detail: null });
    expect(await getSignupRecord(db, rosa, "not-a-uuid", forms)).toBeNull();
  });
});

describe("changing the status", () => {
  it("saves who changed it and when, bumps the version, and writes its event and audit entry", async () => {
    const id = await newSignup();
    expect(await changeStatus(db, rosa, { signupId: id, version: 1, status: "contacted" })).toBe("saved");
    const row = await signupRow(id);
    expect(row).toMatchObject({ status: "contacted", version: 2, statusChangedBy: rosa.userId });
    expect(Date.now() - row.statusChangedAt!.getTime()).toBeLessThan(60_000);
    const [event] = await events(id, "status_changed");
    expect(event).toMatchObject({ actorId: rosa.userId, detail: { from: "new", to: "contacted" } });
    const [audit] = await audits(id, "signup_status_changed");
    expect(audit).toMatchObject({ actorId: rosa.userId, detail: { from: "new", to: "contacted" } });
  });

  it("answers a double click (the same change from the same version) once, and refuses a stale different one", async () => {
    const id = await newSignup();
    const click = { signupId: id, version: 1, status: "onboarding" as const };
    expect(
      (await Promise.all([changeStatus(db, rosa, click), changeStatus(db, rosa, click)])).sort(),
    ).toEqual(["saved", "unchanged"]);
    expect(await events(id, "status_changed")).toHaveLength(1);
    // Omar's page still shows version 1: his different choice is refused and nothing changes.
    expect(await changeStatus(db, omar, { signupId: id, version: 1, status: "declined" })).toBe("stale");
    expect(await signupRow(id)).toMatchObject({
      status: "onboarding",
      version: 2,
      statusChangedBy: rosa.userId,
    });
    expect(await audits(id, "signup_status_changed")).toHaveLength(1);
  });
});

describe("assigning", () => {
  it("assigns an active staff member or nobody, refuses a deactivated one and a stale version", async () => {
    const id = await newSignup();
    const assignable = await listAssignableStaff(db, rosa);
    expect(assignable.map((s) => s.name)).toEqual(expect.arrayContaining(["Omar Other", "Rosa Reviewer"]));
    expect(await assignSignup(db, rosa, { signupId: id, version: 1, assigneeId: omar.userId })).toBe("saved");
    expect(await assignSignup(db, rosa, { signupId: id, version: 1, assigneeId: omar.userId })).toBe(
      "unchanged",
    );
    expect(await assignSignup(db, omar, { signupId: id, version: 1, assigneeId: null })).toBe("stale");
    expect(await signupRow(id)).toMatchObject({ assigneeId: omar.userId, version: 2 });
    expect(await assignSignup(db, omar, { signupId: id, version: 2, assigneeId: null })).toBe("saved");
    expect(await signupRow(id)).toMatchObject({ assigneeId: null, version: 3 });

    const gone = await reviewer(`gone.${++n}@example.org`, "Gone Reviewer");
    await db.staffUser.update({ where: { id: gone.userId }, data: { banned: true } });
    expect((await listAssignableStaff(db, rosa)).map((s) => s.id)).not.toContain(gone.userId);
    expect(await assignSignup(db, rosa, { signupId: id, version: 3, assigneeId: gone.userId })).toBe(
      "invalid",
    );
    expect(await signupRow(id)).toMatchObject({ assigneeId: null, version: 3 });

    expect((await audits(id, "signup_assigned")).map((a) => [a.actorId, a.detail])).toEqual([
      // Omar is emailed that the signup is his; clearing the assignee emails nobody.
      [rosa.userId, { assigneeId: omar.userId, emailed: true }],
      [omar.userId, { assigneeId: null, emailed: false }],
    ]);
  });
});

describe("a follow-up", () => {
  it("is set, changed and cleared from the current version, in the history and the audit log by its date only", async () => {
    const id = await newSignup();
    const form = (version: number, on: string, reason = "") =>
      FollowUpFormSchema.parse({ signupId: id, version: String(version), on, reason });
    expect(await setFollowUp(db, rosa, form(1, "2026-12-10", "Ask about the mentor program"))).toBe("saved");
    expect(await setFollowUp(db, rosa, form(1, "2026-12-10", "Ask about the mentor program"))).toBe(
      "unchanged",
    );
    expect(await setFollowUp(db, omar, form(1, "2026-12-24"))).toBe("stale");
    expect((await getSignupRecord(db, rosa, id, forms))!.followUp).toEqual({
      on: "2026-12-10",
      reason: "Ask about the mentor program",
    });
    expect(await setFollowUp(db, omar, form(2, "2026-12-24"))).toBe("saved");
    expect(await setFollowUp(db, omar, form(3, "", "ignored when the date is empty"))).toBe("saved");
    const record = (await getSignupRecord(db, rosa, id, forms))!;
    expect(record.followUp).toBeNull();
    expect(record.version).toBe(4);

    const history = await listHistory(db, rosa, id, forms);
    expect(history.filter((e) => e.kind.startsWith("follow_up")).map((e) => [e.kind, e.followUpOn])).toEqual([
      ["follow_up_set", "2026-12-10"],
      ["follow_up_set", "2026-12-24"],
      ["follow_up_cleared", undefined],
    ]);
    const audited = await db.auditEvent.findMany({
      where: { subject: id, action: { startsWith: "signup_follow_up" } },
      orderBy: { id: "asc" },
    });
    expect(audited.map((a) => [a.action, a.actorId, a.detail])).toEqual([
      ["signup_follow_up_set", rosa.userId, { on: "2026-12-10" }],
      ["signup_follow_up_set", omar.userId, { on: "2026-12-24" }],
      ["signup_follow_up_cleared", omar.userId, {}],
    ]);
    expect(JSON.stringify((await events(id, "follow_up_set")).map((e) => e.detail))).not.toContain("mentor");
  });

  it("takes a real day and a short reason, and nothing else", () => {
    const parse = (on: string, reason = "") =>
      FollowUpFormSchema.safeParse({ signupId: randomUUID(), version: "1", on, reason }).success;
    expect(parse("2026-12-10")).toBe(true);
    expect(parse("")).toBe(true);
    for (const bad of ["2026-02-30", "12/10/2026", "tomorrow", "2026-12-10T00:00"])
      expect(parse(bad)).toBe(false);
    expect(parse("2026-12-10", "x".repeat(201))).toBe(false);
  });
});

describe("notes", () => {
  it("stores one note for the same note id sent twice at once", async () => {
    const id = await newSignup();
    const note = { signupId: id, noteId: randomUUID(), body: "Called her; prefers mornings." };
    const outcomes = await Promise.all([addNote(db, rosa, note), addNote(db, rosa, note)]);
    expect(outcomes.sort()).toEqual(["saved", "unchanged"]);
    const notes = await listNotes(db, rosa, id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      body: "Called her; prefers mornings.",
      authorName: "Rosa Reviewer",
      isOwn: true,
    });
    expect((await listNotes(db, omar, id))[0]!.isOwn).toBe(false);
    expect(await events(id, "note_added")).toHaveLength(1);
    expect((await audits(id, "signup_note_added")).map((a) => [a.actorId, a.detail])).toEqual([
      [rosa.userId, { noteId: note.noteId }],
    ]);
    // The same id on another signup is not a second copy of this note.
    expect(await addNote(db, rosa, { ...note, signupId: await newSignup() })).toBe("invalid");
  });

  it("lets only its author edit a note, from its current version", async () => {
    const id = await newSignup();
    const noteId = randomUUID();
    await addNote(db, rosa, { signupId: id, noteId, body: "First thought" });
    const edit = { signupId: id, noteId, version: 1, body: "Second thought" };
    expect(await editNote(db, omar, edit)).toBe("not_author");
    expect(await editNote(db, rosa, edit)).toBe("saved");
    expect(await editNote(db, rosa, edit)).toBe("unchanged");
    expect(await editNote(db, rosa, { ...edit, body: "Third thought" })).toBe("stale");
    const [note] = await listNotes(db, rosa, id);
    expect(note).toMatchObject({ body: "Second thought", version: 2 });
    expect((await audits(id, "signup_note_edited")).map((a) => [a.actorId, a.detail])).toEqual([
      [rosa.userId, { noteId, version: 2 }],
    ]);
  });
});

describe("resending an email", () => {
  const jobsFor = (deliveryId: string) =>
    db.$queryRaw<{ task: string; payload: unknown; attempts: number }[]>`
      SELECT t.identifier AS task, j.payload, j.max_attempts::int AS attempts
        FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
       WHERE j.key = ${deliveryId}`;

  it("adds one delivery and one job for the same request key sent twice at once", async () => {
    const id = await newSignup();
    const request = { signupId: id, kind: "volunteer_confirmation" as const, requestKey: randomUUID() };
    const deps = { db, env: TEST_EMAIL_ENV };
    const outcomes = await Promise.all([resendEmail(deps, rosa, request), resendEmail(deps, rosa, request)]);
    expect(outcomes.sort()).toEqual(["saved", "unchanged"]);
    const resent = await db.emailDelivery.findMany({ where: { signupId: id, requestKey: { not: null } } });
    expect(resent).toHaveLength(1);
    expect(resent[0]).toMatchObject({
      kind: "volunteer_confirmation",
      status: "queued",
      recipient: `ana.${n}@example.com`,
    });
    expect(await jobsFor(resent[0]!.id)).toEqual([
      {
        task: "send_email",
        payload: { deliveryId: resent[0]!.id },
        attempts: TEST_EMAIL_ENV.EMAIL_MAX_ATTEMPTS,
      },
    ]);
    expect((await audits(id, "signup_email_resent")).map((a) => [a.actorId, a.detail])).toEqual([
      [rosa.userId, { deliveryId: resent[0]!.id, kind: "volunteer_confirmation" }],
    ]);

    const staffCopy = { signupId: id, kind: "staff_notification" as const, requestKey: randomUUID() };
    expect(await resendEmail(deps, rosa, staffCopy)).toBe("saved");
    const notification = await db.emailDelivery.findUniqueOrThrow({
      where: { requestKey: staffCopy.requestKey },
    });
    expect(notification.recipient).toBe("attorneys@example.org");
    expect(await jobsFor(notification.id)).toHaveLength(1);
  });
});

describe("history", () => {
  it("lists events in time order with who did them, and what each confirmed proposal changed, old and new", async () => {
    const email = `again.${randomUUID().slice(0, 6)}@example.com`;
    const id = await newSignup({ email, hoursPerMonth: "10", courts: "Albuquerque Immigration Court" });
    await changeStatus(db, rosa, { signupId: id, version: 1, status: "contacted" });
    const sendAndConfirm = async (fields: Record<string, string>) => {
      await storeSignup(db, sampleSubmission("attorney", n, { email, ...fields }));
      expect(await confirmProposal(db, await latestProposalToken(db, id))).toBe("applied");
    };
    await sendAndConfirm({ hoursPerMonth: "20", courts: "" });
    await assignSignup(db, omar, { signupId: id, version: 3, assigneeId: rosa.userId });
    await sendAndConfirm({ hoursPerMonth: "30", courts: "" });

    const history = await listHistory(db, rosa, id, forms);
    expect(history.map((e) => [e.kind, e.actor, e.isConfirmedProposal])).toEqual([
      ["submitted", { type: "volunteer" }, undefined],
      ["status_changed", { type: "staff", name: "Rosa Reviewer" }, undefined],
      ["update_proposed", { type: "volunteer" }, undefined],
      ["updated", { type: "volunteer" }, true],
      ["assigned", { type: "staff", name: "Omar Other" }, undefined],
      ["update_proposed", { type: "volunteer" }, undefined],
      ["updated", { type: "volunteer" }, true],
    ]);
    expect(history[1]).toMatchObject({ from: "new", to: "contacted" });
    expect(history[4]).toMatchObject({ hasAssignee: true, assigneeName: "Rosa Reviewer" });
    expect(history[2]!.changes).toBeUndefined();
    expect(history[3]!.changes).toEqual([
      {
        name: "courts",
        label: "Immigration courts you can appear in",
        before: "Albuquerque Immigration Court",
        after: "—",
      },
      { name: "hoursPerMonth", label: "Hours per month you can give", before: "10", after: "20" },
    ]);
    expect(history[6]!.changes).toEqual([
      { name: "hoursPerMonth", label: "Hours per month you can give", before: "20", after: "30" },
    ]);
  });

  it("reads the volunteer's own changes as theirs, and a pause keeps its day through anonymising", async () => {
    const id = await newSignup();
    const own = (kind: string, detail: object) =>
      db.signupEvent.create({ data: { signupId: id, kind, detail } });
    const signup = await db.signup.findUniqueOrThrow({ where: { id }, select: { answers: true } });
    await own("updated", { previousAnswers: signup.answers, selfService: true });
    await own("volunteer_paused", { from: "new", to: "inactive", until: "2027-01-12" });
    await own("volunteer_withdrew", { from: "inactive", to: "declined" });
    await db.$transaction(async (tx) => {
      await anonymiseSignupRows(tx, [id]);
      await tx.signupEvent.create({ data: { signupId: id, kind: "volunteer_deleted", detail: {} } });
    });

    const history = await listHistory(db, rosa, id, forms);
    expect(history.slice(1).map((e) => [e.kind, e.actor])).toEqual([
      ["updated", { type: "volunteer" }],
      ["volunteer_paused", { type: "volunteer" }],
      ["volunteer_withdrew", { type: "volunteer" }],
      ["volunteer_deleted", { type: "volunteer" }],
    ]);
    expect(history[1]).toMatchObject({ isSelfService: true });
    expect(history[2]).toMatchObject({ until: "2027-01-12", to: "inactive" });
  });
});

describe("the record's one Save", () => {
  const save = (signupId: string, fields: Record<string, string>) =>
    RecordFormSchema.parse({ signupId, status: "new", assigneeId: "", on: "", reason: "", ...fields });
  const kindsOf = async (id: string) =>
    (
      await db.signupEvent.findMany({
        where: { signupId: id, actorId: { not: null } },
        orderBy: { id: "asc" },
      })
    ).map((e) => [e.kind, e.detail]);
  const auditsOf = async (id: string) =>
    (
      await db.auditEvent.findMany({
        where: { subject: id, action: { not: "signup_viewed" } },
        orderBy: { id: "asc" },
      })
    ).map((a) => [a.action, a.actorId, a.detail]);

  it("applies status, assignee and follow-up in one step, with a history event and an audit entry for each", async () => {
    const id = await newSignup();
    const form = save(id, {
      version: "1",
      status: "contacted",
      assigneeId: omar.userId,
      on: "2026-12-10",
      reason: "Ask about the mentor program",
    });
    expect(await saveRecord(db, rosa, form)).toEqual({
      outcome: "saved",
      changed: ["status", "assignee", "followUp"],
    });
    expect(await signupRow(id)).toMatchObject({
      status: "contacted",
      statusChangedBy: rosa.userId,
      assigneeId: omar.userId,
      version: 2,
    });
    expect((await getSignupRecord(db, rosa, id, forms))!.followUp).toEqual({
      on: "2026-12-10",
      reason: "Ask about the mentor program",
    });
    expect(await kindsOf(id)).toEqual([
      ["status_changed", { from: "new", to: "contacted" }],
      ["assigned", { assigneeId: omar.userId }],
      ["follow_up_set", { on: "2026-12-10" }],
    ]);
    expect(await auditsOf(id)).toEqual([
      ["signup_status_changed", rosa.userId, { from: "new", to: "contacted" }],
      ["signup_assigned", rosa.userId, { assigneeId: omar.userId }],
      ["signup_follow_up_set", rosa.userId, { on: "2026-12-10" }],
    ]);

    // The same Save again (a double click) changes nothing more.
    expect(await saveRecord(db, rosa, form)).toEqual({ outcome: "unchanged", changed: [] });
    // One part changed: one event, one version step.
    const cleared = save(id, { version: "2", status: "contacted", assigneeId: omar.userId });
    expect(await saveRecord(db, omar, cleared)).toEqual({ outcome: "saved", changed: ["followUp"] });
    expect(await signupRow(id)).toMatchObject({ status: "contacted", assigneeId: omar.userId, version: 3 });
    expect((await kindsOf(id)).at(-1)).toEqual(["follow_up_cleared", {}]);
    expect(await auditsOf(id)).toHaveLength(4);
  });

  it("changes nothing at all when the version is stale or one field is not valid", async () => {
    const id = await newSignup();
    expect(
      await saveRecord(db, rosa, save(id, { version: "1", status: "contacted", on: "2026-12-10" })),
    ).toMatchObject({ outcome: "saved" });
    // Omar saw version 1: his follow-up differs from the row's, so his whole Save is refused,
    // the status and assignee he also changed included.
    const stale = save(id, { version: "1", status: "declined", assigneeId: omar.userId, on: "2026-12-24" });
    expect(await saveRecord(db, omar, stale)).toEqual({ outcome: "stale", changed: [] });
    // An assignee who may not be assigned refuses the status and the follow-up with it.
    const gone = await reviewer(`gone.${++n}@example.org`, "Gone Reviewer");
    await db.staffUser.update({ where: { id: gone.userId }, data: { banned: true } });
    const invalid = save(id, { version: "2", status: "declined", assigneeId: gone.userId, on: "2026-12-24" });
    expect(await saveRecord(db, omar, invalid)).toEqual({
      outcome: "invalid",
      changed: [],
      invalid: "assigneeId",
    });
    expect(await signupRow(id)).toMatchObject({ status: "contacted", assigneeId: null, version: 2 });
    expect((await getSignupRecord(db, rosa, id, forms))!.followUp).toEqual({
      on: "2026-12-10",
      reason: null,
    });
    expect((await kindsOf(id)).map(([kind]) => kind)).toEqual(["status_changed", "follow_up_set"]);
    expect((await auditsOf(id)).map(([, actor]) => actor)).toEqual([rosa.userId, rosa.userId]);
    // A form that is not valid never reaches the database: its field is named.
    const bad = RecordFormSchema.safeParse({
      signupId: id,
      version: "2",
      status: "contacted",
      assigneeId: "",
      on: "2026-02-30",
      reason: "",
    });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path[0])).toEqual(["on"]);
  });

  it("refuses an anonymised record", async () => {
    const id = await newSignup();
    await db.signup.update({ where: { id }, data: { anonymizedAt: new Date() } });
    expect(await saveRecord(db, rosa, save(id, { version: "1", status: "declined" }))).toEqual({
      outcome: "not_found",
      changed: [],
    });
  });
});

describe("previous and next in the list view a record was opened from", () => {
  it("walks the view's rows in its order, with the list's filters, and stops at its ends", async () => {
    // Five signups on days no other test uses; the medical one is outside a view of attorneys.
    const ids: string[] = [];
    for (const [day, role] of [
      [2, "attorney"],
      [3, "attorney"],
      [4, "medical"],
      [5, "attorney"],
      [6, "attorney"],
    ] as const) {
      const id = await newSignup({}, role);
      await db.signup.update({
        where: { id },
        data: { createdAt: new Date(`1990-03-0${day}T18:00:00.000Z`) },
      });
      ids.push(id);
    }
    const [d2, d3, d4, d5, d6] = ids as [string, string, string, string, string];
    const around = (id: string, query: string) =>
      findNeighbours(db, rosa, id, parseSignupView(new URLSearchParams(query)), {
        timeZone: "America/Denver",
      });
    const attorneys = "role=attorney&from=1990-03-01&to=1990-03-31";

    // Newest first (the list's default): the one above is newer.
    expect(await around(d3, attorneys)).toEqual({ previous: d5, next: d2, position: 3, total: 4 });
    expect(await around(d6, attorneys)).toEqual({ previous: null, next: d5, position: 1, total: 4 });
    expect(await around(d2, attorneys)).toEqual({ previous: d3, next: null, position: 4, total: 4 });
    // Oldest first.
    expect(await around(d3, `${attorneys}&sort=oldest`)).toEqual({
      previous: d2,
      next: d5,
      position: 2,
      total: 4,
    });
    // Every role: the medical signup is between them.
    expect(await around(d3, "from=1990-03-01&to=1990-03-31&sort=oldest")).toMatchObject({
      previous: d2,
      next: d4,
      position: 2,
      total: 5,
    });
    // A record outside the view (its role, or a status just changed) still has neighbours.
    expect(await around(d4, attorneys)).toEqual({ previous: d5, next: d3, position: null, total: 4 });
    expect(await around(randomUUID(), attorneys)).toBeNull();
  });
});

describe("an anonymised record", () => {
  it("takes no more changes, notes or resends", async () => {
    const id = await newSignup();
    const noteId = randomUUID();
    await addNote(db, rosa, { signupId: id, noteId, body: "Before" });
    await db.signup.update({ where: { id }, data: { anonymizedAt: new Date() } });
    expect(await changeStatus(db, rosa, { signupId: id, version: 1, status: "declined" })).toBe("not_found");
    expect(await assignSignup(db, rosa, { signupId: id, version: 1, assigneeId: rosa.userId })).toBe(
      "not_found",
    );
    expect(await addNote(db, rosa, { signupId: id, noteId: randomUUID(), body: "After" })).toBe("not_found");
    expect(await editNote(db, rosa, { signupId: id, noteId, version: 1, body: "After" })).toBe("not_found");
    const resend = { signupId: id, kind: "volunteer_confirmation" as const, requestKey: randomUUID() };
    expect(await resendEmail({ db, env: TEST_EMAIL_ENV }, rosa, resend)).toBe("not_found");
    expect(await signupRow(id)).toMatchObject({ status: "new", version: 1, assigneeId: null });
    expect((await listNotes(db, rosa, id)).map((note) => note.body)).toEqual(["Before"]);
    expect((await getSignupRecord(db, rosa, id, forms))!.isAnonymized).toBe(true);
  });
});

describe("the audit log", () => {
  it("holds no personal data from any of the changes above: no name, email, phone, answer or note text", async () => {
    const rows = await db.auditEvent.findMany({ where: { action: { startsWith: "signup" } } });
    expect(rows.length).toBeGreaterThan(10);
    const all = JSON.stringify(rows.map((row) => [row.subject, row.detail]));
    // The phone's digits as a whole: "505" alone turns up in a random UUID now and then.
    for (const personal of [
      "Ana",
      "example.com",
      "555-0142",
      "5550142",
      "Albuquerque",
      "thought",
      "mornings",
      "NM-12345",
    ]) {
      expect(all).not.toContain(personal);
    }
  });
});
