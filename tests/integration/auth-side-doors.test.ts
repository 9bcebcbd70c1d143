import { describe, expect, it } from "vitest";
import { AccessError } from "../../lib/auth/errors";
import {
  requireTwoFactorForAll,
  resetStaffTwoFactor,
  StaffAccountError,
  createStaffFromCommandLine,
} from "../../lib/auth/staff-accounts";
import { findStaff, requireStaff } from "../../lib/auth/staff-session";
import {
  callAuth,
  callServer,
  createStaffMember,
  passwordLinksSentTo,
  signIn,
  staffAuthDatabase,
} from "../support/staff-auth";
import { totpCode } from "../support/totp";

// The side doors a security review found in the auth library (issue 18), each tried as an
// attacker would, over HTTP to better-auth's handler unless the app reaches it only through
// our server actions (then as they call it). Findings 2 (lockout) are in staff-sign-in.test.ts,
// 3 (audit) in auth-audit.test.ts, 7-10 beside the code they concern.

const current = staffAuthDatabase();
const headersWith = (cookie: string | null, ip = "203.0.113.10") =>
  new Headers({ "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) });
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

/** A member enrolled in two-factor through the account page's calls; returns the key and a session. */
async function enrolled(email: string, role: "admin" | "reviewer" = "admin") {
  const { deps } = current();
  const member = await createStaffMember(deps, { email, role });
  const session = await signIn(deps.auth, member.email, member.password, freshIp());
  const enabled = await callServer(deps.auth, "enableTwoFactor", {
    body: { password: member.password },
    cookie: session.cookie,
  });
  const key = new URL(String(enabled.body.totpURI)).searchParams.get("secret")!;
  const verified = await callServer(deps.auth, "verifyTOTP", {
    body: { code: totpCode(key) },
    cookie: session.cookie,
  });
  expect(verified.status).toBe(200);
  return { ...member, key, cookie: verified.cookie ?? session.cookie! };
}

describe("finding 1: the admin plugin's endpoints over HTTP", () => {
  it("cannot fake two-factor, take over another admin, or change roles, bans or sessions", async () => {
    const { db, deps } = current();
    const owner = await enrolled("owner@example.org");
    const ownerStaff = await requireStaff(deps, headersWith(owner.cookie), { role: "admin" });
    await requireTwoFactorForAll(deps, ownerStaff, true);
    const attacker = await createStaffMember(deps, { email: "mallory@example.org", role: "admin" });
    const session = await signIn(deps.auth, attacker.email, attacker.password, freshIp());
    await expect(requireStaff(deps, headersWith(session.cookie))).rejects.toEqual(
      new AccessError("needs_two_factor"),
    );
    const post = (path: string, body: unknown) => callAuth(deps.auth, path, { body, cookie: session.cookie });

    // Turn two-factor "on" without a secret: refused, and still sent to enrol.
    expect(
      (await post("/admin/update-user", { userId: attacker.userId, data: { twoFactorEnabled: true } }))
        .status,
    ).toBe(404);
    await expect(requireStaff(deps, headersWith(session.cookie))).rejects.toEqual(
      new AccessError("needs_two_factor"),
    );
    // Even a flag written straight into the row is not two-factor: only a verified secret is.
    await db.staffUser.update({ where: { id: attacker.userId }, data: { twoFactorEnabled: true } });
    await expect(requireStaff(deps, headersWith(session.cookie))).rejects.toEqual(
      new AccessError("needs_two_factor"),
    );
    await db.staffUser.update({ where: { id: attacker.userId }, data: { twoFactorEnabled: false } });

    // Another admin's two-factor off and email elsewhere: refused, nothing changed.
    expect(
      (
        await post("/admin/update-user", {
          userId: owner.userId,
          data: { twoFactorEnabled: false, email: "owner@evil.example" },
        })
      ).status,
    ).toBe(404);
    for (const [path, body] of [
      ["/admin/set-role", { userId: owner.userId, role: "reviewer" }],
      ["/admin/ban-user", { userId: owner.userId }],
      ["/admin/unban-user", { userId: owner.userId }],
      ["/admin/revoke-user-sessions", { userId: owner.userId }],
      ["/admin/revoke-user-session", { sessionToken: "x" }],
      ["/admin/list-user-sessions", { userId: owner.userId }],
    ] as const) {
      expect((await post(path, body)).status, path).toBe(404);
    }
    for (const path of ["/admin/list-users", `/admin/get-user?id=${owner.userId}`]) {
      expect((await callAuth(deps.auth, path, { cookie: session.cookie })).status, path).toBe(404);
    }
    const ownerRow = await db.staffUser.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(ownerRow).toMatchObject({
      email: owner.email,
      role: "admin",
      banned: false,
      twoFactorEnabled: true,
    });
    expect(await findStaff(deps, headersWith(owner.cookie))).not.toBeNull();
    // The owner still signs in with a code, not the password alone.
    expect((await signIn(deps.auth, owner.email, owner.password, freshIp())).body).toMatchObject({
      twoFactorRedirect: true,
    });
  });

  it("turns another member's two-factor off only with the acting admin's fresh code, audited", async () => {
    const { db, deps } = current();
    const admin = await enrolled("admin.reset@example.org");
    const lost = await enrolled("lost.phone@example.org", "reviewer");
    const ip = freshIp();
    const adminStaff = await requireStaff(deps, headersWith(admin.cookie, ip), { role: "admin" });
    await requireTwoFactorForAll(deps, adminStaff, false);
    const reset = (code: string) =>
      resetStaffTwoFactor(deps, adminStaff, {
        userId: lost.userId,
        code,
        headers: headersWith(admin.cookie, ip),
      });

    const wrong = totpCode(admin.key) === "000000" ? "111111" : "000000";
    await expect(reset(wrong)).rejects.toEqual(new StaffAccountError("code_refused"));
    expect(await db.staffTwoFactor.count({ where: { userId: lost.userId } })).toBe(1);
    expect(
      await db.auditEvent.findFirst({ where: { action: "two_factor_failed", actorId: admin.userId } }),
    ).toMatchObject({ subject: admin.userId, detail: { client: ip } });

    // An admin without two-factor of their own cannot do it at all.
    const plain = await createStaffMember(deps, { email: "plain.admin@example.org", role: "admin" });
    const plainSession = await signIn(deps.auth, plain.email, plain.password, freshIp());
    const plainStaff = await requireStaff(deps, headersWith(plainSession.cookie), { role: "admin" });
    await expect(
      resetStaffTwoFactor(deps, plainStaff, {
        userId: lost.userId,
        code: "123456",
        headers: headersWith(plainSession.cookie),
      }),
    ).rejects.toEqual(new StaffAccountError("own_two_factor_needed"));

    await reset(totpCode(admin.key));
    expect(await db.staffTwoFactor.count({ where: { userId: lost.userId } })).toBe(0);
    expect(await findStaff(deps, headersWith(lost.cookie))).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { action: "staff_two_factor_reset" } })).toMatchObject({
      actorId: admin.userId,
      subject: lost.userId,
      detail: { client: ip },
    });
  });
});

describe("finding 4: remember me", () => {
  it("is ignored: a session made with rememberMe false still ends after the idle timeout", async () => {
    const { db, deps } = current();
    const member = await createStaffMember(deps, { email: "forgetful@example.org" });
    const reply = await callAuth(deps.auth, "/sign-in/email", {
      body: { email: member.email, password: member.password, rememberMe: false },
      ip: freshIp(),
    });
    expect(reply.status).toBe(200);
    expect(reply.setCookie.some((cookie) => cookie.includes("dont_remember"))).toBe(false);
    const row = await db.staffSession.findFirstOrThrow({ where: { userId: member.userId } });
    // TEST_AUTH_SETTINGS: 30 idle minutes.
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000 + 5_000);
    // Left alone past the idle timeout, it no longer opens anything.
    await db.staffSession.update({
      where: { id: row.id },
      data: { expiresAt: new Date(row.expiresAt.getTime() - 31 * 60_000) },
    });
    expect(await findStaff(deps, headersWith(reply.cookie))).toBeNull();
  });
});

describe("finding 5: guessing the password with a stolen session", () => {
  it("cannot use verify-password, and wrong passwords anywhere while signed in pause it, audited", async () => {
    const { db, deps } = current();
    const member = await createStaffMember(deps, { email: "stolen@example.org" });
    const thief = freshIp();
    const session = await signIn(deps.auth, member.email, member.password, thief);
    expect(
      (
        await callAuth(deps.auth, "/verify-password", {
          body: { password: "guess one two" },
          cookie: session.cookie,
        })
      ).status,
    ).toBe(404);
    const change = (currentPassword: string) =>
      callServer(deps.auth, "changePassword", {
        body: { currentPassword, newPassword: "a brand new passphrase" },
        cookie: session.cookie,
        ip: thief,
      });
    for (let i = 0; i < 5; i++) expect((await change(`guess number ${i}`)).status).toBe(400);
    // The sixth try is refused even with the right password: the pause holds.
    expect((await change(member.password)).body).toMatchObject({ code: "ACCOUNT_LOCKED" });
    const disable = await callServer(deps.auth, "disableTwoFactor", {
      body: { password: member.password },
      cookie: session.cookie,
      ip: thief,
    });
    expect(disable.body).toMatchObject({ code: "ACCOUNT_LOCKED" });
    expect(
      await db.auditEvent.count({ where: { action: "password_check_failed", subject: member.userId } }),
    ).toBe(5);
    expect(
      await db.auditEvent.findFirst({ where: { action: "sign_in_locked", subject: member.userId } }),
    ).toMatchObject({ detail: { client: thief, scope: "client" } });
  });
});

describe("finding 6: password links", () => {
  const linksIn = (email: string) => passwordLinksSentTo(current().db, email);
  const reset = (token: string, newPassword: string) =>
    callAuth(current().deps.auth, "/reset-password", { body: { token, newPassword } });

  it("leave one live link per account: a new link or a reset ends the older ones", async () => {
    const { deps } = current();
    const { link } = await createStaffFromCommandLine(deps, {
      email: "newcomer@example.org",
      role: "reviewer",
    });
    const invitation = new URL(link).searchParams.get("token")!;
    const request = () =>
      callAuth(deps.auth, "/request-password-reset", {
        body: { email: "newcomer@example.org", redirectTo: "/admin/set-password" },
        ip: freshIp(),
      });
    await request();
    await request();
    const [first, second] = await linksIn("newcomer@example.org");
    expect((await reset(invitation, "an invitation too late")).body).toMatchObject({ code: "INVALID_TOKEN" });
    expect((await reset(first!, "the first link is over")).body).toMatchObject({ code: "INVALID_TOKEN" });
    expect((await reset(second!, "the newest link works")).status).toBe(200);
    expect((await reset(second!, "and only once")).status).toBe(400);
  });

  it("ends the links still out when a password is set with another", async () => {
    const { db, deps } = current();
    const member = await createStaffMember(deps, { email: "twolinks@example.org" });
    // Two links live at once (as an earlier version could leave them): the reset ends the other.
    const { createPasswordLink } = await import("../../lib/auth/password-links");
    const one = new URL(await createPasswordLink(deps.auth, db, "https://x", member.userId)).searchParams.get(
      "token",
    )!;
    await deps.auth.$context.then((context) =>
      context.internalAdapter.createVerificationValue({
        identifier: "reset-password:left-over-token",
        value: member.userId,
        expiresAt: new Date(Date.now() + 3_600_000),
      }),
    );
    expect((await reset(one, "a fresh passphrase here")).status).toBe(200);
    expect((await reset("left-over-token", "too late for this one")).body).toMatchObject({
      code: "INVALID_TOKEN",
    });
  });

  it("are stored as hashes: the table holds no token that opens anything", async () => {
    const { db, deps } = current();
    const { link } = await createStaffFromCommandLine(deps, {
      email: "hashed@example.org",
      role: "reviewer",
    });
    const token = new URL(link).searchParams.get("token")!;
    const rows = await db.authVerification.findMany({ select: { identifier: true, value: true } });
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await reset(token, "the link still works")).status).toBe(200);
  });
});
