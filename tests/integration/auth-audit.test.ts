import { describe, expect, it } from "vitest";
import type { AuditAction } from "../../lib/auth/audit";
import { inviteStaff } from "../../lib/auth/staff-invitations";
import {
  liftSignInLock,
  setStaffActive,
  setStaffRole,
  signOutStaffEverywhere,
} from "../../lib/auth/staff-accounts";
import { requireStaff } from "../../lib/auth/staff-session";
import {
  callAuth,
  callServer,
  createStaffMember,
  passwordLinksSentTo,
  signIn,
  staffAuthDatabase,
} from "../support/staff-auth";
import { totpCode } from "../support/totp";

// Finding 3 of issue 18: every security event is in the audit log with who did it, the
// account it concerns and the client's address, whichever way it arrived: over HTTP (the
// sign-in form's endpoints) or through the calls our server actions make.

const current = staffAuthDatabase();
let ipCounter = 0;
const freshIp = () => `198.18.0.${++ipCounter}`;
const headersWith = (cookie: string | null, ip: string) =>
  new Headers({ "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) });

async function lastEntry(action: AuditAction) {
  return current().db.auditEvent.findFirstOrThrow({
    where: { action },
    orderBy: { id: "desc" },
    select: { actorId: true, subject: true, detail: true },
  });
}

describe("the audit log of security events", () => {
  it("records sign-in: succeeded, failed with the account, paused, refused to a deactivated account", async () => {
    const { db, deps } = current();
    const member = await createStaffMember(deps, { email: "ada@example.org" });
    const ip = freshIp();
    await signIn(deps.auth, member.email, member.password, ip);
    expect(await lastEntry("sign_in")).toEqual({
      actorId: member.userId,
      subject: member.userId,
      detail: { client: ip },
    });

    const stranger = freshIp();
    await signIn(deps.auth, member.email, "not the password at all", stranger);
    expect(await lastEntry("sign_in_failed")).toEqual({
      actorId: null,
      subject: member.userId,
      detail: { client: stranger, reason: "password" },
    });
    // An address with no account: the entry says so by having no subject.
    await signIn(deps.auth, "nobody@example.org", "not the password at all", freshIp());
    expect((await lastEntry("sign_in_failed")).subject).toBeNull();

    for (let i = 0; i < 4; i++) {
      await db.authRateLimit.deleteMany();
      await signIn(deps.auth, member.email, "not the password at all", stranger);
    }
    expect(await lastEntry("sign_in_locked")).toEqual({
      actorId: null,
      subject: member.userId,
      detail: { client: stranger, scope: "client", minutes: 15 },
    });
    await db.authRateLimit.deleteMany();
    await signIn(deps.auth, member.email, member.password, stranger);
    expect(await lastEntry("sign_in_failed")).toMatchObject({
      detail: { reason: "paused", client: stranger },
    });

    await db.staffUser.update({ where: { id: member.userId }, data: { banned: true } });
    const deactivated = freshIp();
    expect((await signIn(deps.auth, member.email, member.password, deactivated)).status).toBe(403);
    expect(await lastEntry("sign_in_deactivated")).toEqual({
      actorId: null,
      subject: member.userId,
      detail: { client: deactivated },
    });
  });

  it("records two-factor turned on, a wrong code at sign-in, and two-factor turned off", async () => {
    const { deps } = current();
    const member = await createStaffMember(deps, { email: "bo@example.org" });
    const ip = freshIp();
    const session = await signIn(deps.auth, member.email, member.password, ip);
    const enabled = await callServer(deps.auth, "enableTwoFactor", {
      body: { password: member.password },
      cookie: session.cookie,
      ip,
    });
    const key = new URL(String(enabled.body.totpURI)).searchParams.get("secret")!;
    const confirmed = await callServer(deps.auth, "verifyTOTP", {
      body: { code: totpCode(key) },
      cookie: session.cookie,
      ip,
    });
    const cookie = confirmed.cookie ?? session.cookie;
    expect(await lastEntry("two_factor_enabled")).toEqual({
      actorId: member.userId,
      subject: member.userId,
      detail: { client: ip },
    });

    // Half-way through sign-in, a wrong code over HTTP.
    const other = freshIp();
    const half = await signIn(deps.auth, member.email, member.password, other);
    const challenge = half.setCookie.map((c) => c.split(";")[0]!).find((c) => c.includes("two_factor="))!;
    const wrong = totpCode(key) === "000000" ? "111111" : "000000";
    await callAuth(deps.auth, "/two-factor/verify-totp", {
      body: { code: wrong },
      cookie: challenge,
      ip: other,
    });
    expect(await lastEntry("two_factor_failed")).toMatchObject({
      actorId: null,
      subject: member.userId,
      detail: { client: other },
    });
    await callAuth(deps.auth, "/two-factor/verify-totp", {
      body: { code: totpCode(key) },
      cookie: challenge,
      ip: other,
    });
    expect(await lastEntry("sign_in")).toEqual({
      actorId: member.userId,
      subject: member.userId,
      detail: { client: other, twoFactor: true },
    });
    // The password step alone is not a sign-in: one entry before two-factor, one with the code.
    expect(
      await current().db.auditEvent.count({ where: { action: "sign_in", subject: member.userId } }),
    ).toBe(2);

    await callServer(deps.auth, "disableTwoFactor", { body: { password: member.password }, cookie, ip });
    expect(await lastEntry("two_factor_disabled")).toEqual({
      actorId: member.userId,
      subject: member.userId,
      detail: { client: ip },
    });
  });

  it("records a completed two-factor sign-in as one entry, and each wrong step as its own", async () => {
    const { db, deps } = current();
    const member = await createStaffMember(deps, { email: "fe@example.org" });
    const ip = freshIp();
    const session = await signIn(deps.auth, member.email, member.password, ip);
    const enabled = await callServer(deps.auth, "enableTwoFactor", {
      body: { password: member.password },
      cookie: session.cookie,
      ip,
    });
    const key = new URL(String(enabled.body.totpURI)).searchParams.get("secret")!;
    await callServer(deps.auth, "verifyTOTP", { body: { code: totpCode(key) }, cookie: session.cookie, ip });
    const entriesSince = async (after: bigint) =>
      db.auditEvent.findMany({
        where: { id: { gt: after }, OR: [{ subject: member.userId }, { actorId: member.userId }] },
        orderBy: { id: "asc" },
        select: { action: true, actorId: true, detail: true },
      });
    const lastId = async () =>
      (await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } })).id;

    // Password, then the code: one entry, the sign-in with two-factor.
    const laptop = freshIp();
    const before = await lastId();
    const half = await signIn(deps.auth, member.email, member.password, laptop);
    const challenge = half.setCookie.map((c) => c.split(";")[0]!).find((c) => c.includes("two_factor="))!;
    const done = await callAuth(deps.auth, "/two-factor/verify-totp", {
      body: { code: totpCode(key) },
      cookie: challenge,
      ip: laptop,
    });
    expect(done.status).toBe(200);
    expect(await entriesSince(before)).toEqual([
      { action: "sign_in", actorId: member.userId, detail: { client: laptop, twoFactor: true } },
    ]);

    // A wrong password and a wrong code are each recorded; the sign-in that follows is one more.
    const phone = freshIp();
    const beforeWrong = await lastId();
    await signIn(deps.auth, member.email, "not the password at all", phone);
    const again = await signIn(deps.auth, member.email, member.password, phone);
    const retry = again.setCookie.map((c) => c.split(";")[0]!).find((c) => c.includes("two_factor="))!;
    const wrong = totpCode(key) === "000000" ? "111111" : "000000";
    await callAuth(deps.auth, "/two-factor/verify-totp", { body: { code: wrong }, cookie: retry, ip: phone });
    await callAuth(deps.auth, "/two-factor/verify-totp", {
      body: { code: totpCode(key) },
      cookie: retry,
      ip: phone,
    });
    expect((await entriesSince(beforeWrong)).map((entry) => entry.action)).toEqual([
      "sign_in_failed",
      "two_factor_failed",
      "sign_in",
    ]);
  });

  it("records a password changed, a reset asked for and a password set with the link, other sessions ended, sign-out", async () => {
    const { deps } = current();
    const member = await createStaffMember(deps, { email: "cy@example.org" });
    const ip = freshIp();
    const session = await signIn(deps.auth, member.email, member.password, ip);
    const who = { actorId: member.userId, subject: member.userId };

    await callServer(deps.auth, "changePassword", {
      body: { currentPassword: member.password, newPassword: "the second passphrase" },
      cookie: session.cookie,
      ip,
    });
    expect(await lastEntry("password_changed")).toEqual({ ...who, detail: { client: ip } });

    await callServer(deps.auth, "revokeOtherSessions", { body: {}, cookie: session.cookie, ip });
    expect(await lastEntry("sessions_revoked")).toEqual({
      ...who,
      detail: { client: ip, path: "/revoke-other-sessions" },
    });

    await callServer(deps.auth, "signOut", { cookie: session.cookie, ip });
    expect(await lastEntry("sign_out")).toEqual({ ...who, detail: { client: ip } });

    const asking = freshIp();
    await callAuth(deps.auth, "/request-password-reset", {
      body: { email: member.email, redirectTo: "/admin/set-password" },
      ip: asking,
    });
    expect(await lastEntry("password_reset_requested")).toEqual({
      actorId: null,
      subject: member.userId,
      detail: { client: asking },
    });
    const [token] = await passwordLinksSentTo(current().db, member.email);
    const setting = freshIp();
    await callAuth(deps.auth, "/reset-password", {
      body: { token, newPassword: "the third passphrase" },
      ip: setting,
    });
    expect(await lastEntry("password_set")).toEqual({ ...who, detail: { client: setting } });
  });

  it("records every staff management change with the acting admin, the account and the address", async () => {
    const { deps } = current();
    const admin = await createStaffMember(deps, { email: "admin.di@example.org", role: "admin" });
    const member = await createStaffMember(deps, { email: "di@example.org" });
    const ip = freshIp();
    const session = await signIn(deps.auth, admin.email, admin.password, ip);
    const staff = await requireStaff(deps, headersWith(session.cookie, ip), { role: "admin" });

    const changes: [AuditAction, () => Promise<unknown>][] = [
      ["staff_role_changed", () => setStaffRole(deps, staff, member.userId, "admin")],
      ["staff_deactivated", () => setStaffActive(deps, staff, member.userId, false)],
      ["staff_reactivated", () => setStaffActive(deps, staff, member.userId, true)],
      ["staff_lockout_lifted", () => liftSignInLock(deps, staff, member.userId)],
      ["staff_sessions_revoked", () => signOutStaffEverywhere(deps, staff, member.userId)],
    ];
    for (const [action, change] of changes) {
      await change();
      expect(await lastEntry(action), action).toMatchObject({
        actorId: admin.userId,
        subject: member.userId,
        detail: { client: ip },
      });
    }
    await inviteStaff(deps, staff, { name: "Eli", email: "eli@example.org", role: "reviewer" });
    expect(await lastEntry("staff_invited")).toMatchObject({ actorId: admin.userId, detail: { client: ip } });
  });
});
