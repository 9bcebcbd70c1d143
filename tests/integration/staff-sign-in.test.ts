import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AccessError } from "../../lib/auth/errors";
import { liftSignInLock, setStaffActive } from "../../lib/auth/staff-accounts";
import { findStaff, requireStaff } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import {
  callServer,
  createStaffMember,
  signIn,
  staffAuthDatabase,
  testAccountDeps,
} from "../support/staff-auth";

const current = staffAuthDatabase();
let db: Db;
let deps: ReturnType<typeof testAccountDeps>;
const logged: string[] = [];
/** Tokens, cookies and secrets the tests handled, to look for in the logs at the end. */
const seen: string[] = [];

beforeAll(() => {
  ({ db, deps } = current());
});

afterAll(() => {
  // Nothing secret or personal reached a log line in the whole file: passwords, password-link
  // tokens, session cookies, TOTP secrets and recovery codes, hashes, staff addresses.
  const all = logged.join("\n");
  for (const secret of [
    "correct horse",
    "wrong horse",
    "@example.org",
    "session_token",
    "$argon2",
    ...seen,
  ]) {
    expect(all).not.toContain(secret);
  }
});

beforeEach(() => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map(String).join(" ")),
    );
  }
});

const headersWith = (cookie: string | null) => new Headers(cookie ? { cookie } : {});
let ipCounter = 0;
/** A fresh address per test, so the per-IP limit of one test does not touch the next. */
const freshIp = () => `198.51.${100 + Math.floor(ipCounter / 250)}.${(++ipCounter % 250) + 1}`;
/** A sign-in from one client, clear of the per-IP limit (tested on its own above). */
async function signInFrom(ip: string, email: string, password: string) {
  await db.authRateLimit.deleteMany();
  return signIn(deps.auth, email, password, ip);
}
const wrongFrom = (ip: string, email: string) => signInFrom(ip, email, "wrong horse battery");

describe("signing in", () => {
  it("works with the right password and sets a __Host- cookie: HttpOnly, Secure, SameSite=Lax", async () => {
    const member = await createStaffMember(deps, { email: "ana@example.org" });
    const ok = await signIn(deps.auth, member.email, member.password, freshIp());
    expect(ok.status).toBe(200);
    const cookie = ok.setCookie.find((c) => c.startsWith("__Host-staff.session_token="))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Domain=/i);
    const found = await findStaff(deps, headersWith(ok.cookie));
    expect(found?.email).toBe("ana@example.org");
    // What findStaff answers opens no staff data: only requireStaff makes a StaffContext. (If it
    // could, `npm run check` would fail on the unused directive.)
    // @ts-expect-error a SignedInStaff is not a StaffContext
    await expect(liftSignInLock(deps, found!, found!.userId)).rejects.toThrow();
  });

  it("answers a wrong password and an unknown email with the same message", async () => {
    await createStaffMember(deps, { email: "ben@example.org" });
    const wrong = await signIn(deps.auth, "ben@example.org", "wrong horse battery staple", freshIp());
    const unknown = await signIn(deps.auth, "nobody@example.org", "wrong horse battery staple", freshIp());
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.cookie).toBeNull();
  });

  it("stores an argon2id hash with m=19456, t=2, p=1, and takes a 128-character Unicode password", async () => {
    const chars = ["ñ", "é", ..."पासवर्ड", "🔐", "अ"];
    while (chars.length < 128) chars.push("ü");
    const password = chars.join("");
    expect([...password]).toHaveLength(128);
    const member = await createStaffMember(deps, { email: "carla@example.org", password });
    const account = await db.staffAccount.findFirstOrThrow({ where: { userId: member.userId } });
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await signIn(deps.auth, member.email, password, freshIp())).status).toBe(200);
    const lastChanged = `${[...password].slice(0, 127).join("")}x`;
    expect((await signIn(deps.auth, member.email, lastChanged, freshIp())).status).toBe(401);
  });

  it("refuses a common password and one shorter than 12 characters when a password is set", async () => {
    const member = await createStaffMember(deps, { email: "dina@example.org" });
    const session = await signIn(deps.auth, member.email, member.password, freshIp());
    const change = (newPassword: string) =>
      callServer(deps.auth, "changePassword", {
        body: { currentPassword: member.password, newPassword },
        cookie: session.cookie,
      });
    expect((await change("1qaz2wsx3edc")).body).toMatchObject({ code: "PASSWORD_COMMON" });
    expect((await change("short one")).body).toMatchObject({ code: "PASSWORD_TOOSHORT" });
    expect((await change("a quiet river at dawn")).status).toBe(200);
  });
});

describe("throttling", () => {
  it("limits password attempts per IP address, and the limit lifts when its minute is over", async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++)
      expect((await signIn(deps.auth, "x@example.org", "wrong horse battery", ip)).status).toBe(401);
    expect((await signIn(deps.auth, "x@example.org", "wrong horse battery", ip)).status).toBe(429);
    // Another address is not affected.
    expect((await signIn(deps.auth, "x@example.org", "wrong horse battery", freshIp())).status).toBe(401);
    // A minute later (the counter's time moved back), the address may try again.
    await db.authRateLimit.updateMany({ data: { lastRequest: BigInt(Date.now() - 61_000) } });
    expect((await signIn(deps.auth, "x@example.org", "wrong horse battery", ip)).status).toBe(401);
  });

  it("pauses an account's sign-in from one client after five wrong passwords, says so, and lifts on time or by an admin", async () => {
    const member = await createStaffMember(deps, { email: "eva@example.org" });
    const stranger = freshIp();
    for (let i = 0; i < 5; i++) expect((await wrongFrom(stranger, member.email)).status).toBe(401);
    const paused = await signInFrom(stranger, member.email, member.password);
    expect(paused.status).toBe(429);
    expect(paused.body).toMatchObject({ code: "ACCOUNT_LOCKED", message: "15" });
    // The owner, elsewhere, is not kept out by a stranger's guesses.
    expect((await signInFrom(freshIp(), member.email, member.password)).status).toBe(200);

    // An address with no account is paused the same way: a pause tells nothing.
    for (let i = 0; i < 5; i++) await wrongFrom(stranger, "ghost@example.org");
    expect((await wrongFrom(stranger, "ghost@example.org")).body).toMatchObject({ code: "ACCOUNT_LOCKED" });

    // Fifteen minutes later it lifts by itself...
    await db.signInLockout.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await signInFrom(stranger, member.email, member.password)).status).toBe(200);
    // ... and a right password ends that client's count: the next pause is 15 minutes again.
    for (let i = 0; i < 5; i++) await wrongFrom(stranger, member.email);
    expect((await signInFrom(stranger, member.email, member.password)).body).toMatchObject({ message: "15" });

    // A pause that repeats grows: 15, then 30 minutes.
    await db.signInLockout.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    for (let i = 0; i < 5; i++) await wrongFrom(stranger, "ghost@example.org");
    expect((await wrongFrom(stranger, "ghost@example.org")).body).toMatchObject({
      code: "ACCOUNT_LOCKED",
      message: "30",
    });

    // An admin lifts a pause at once.
    const admin = await createStaffMember(deps, { email: "admin.eva@example.org", role: "admin" });
    const adminSession = await signIn(deps.auth, admin.email, admin.password, freshIp());
    const adminStaff = await requireStaff(deps, headersWith(adminSession.cookie), { role: "admin" });
    await liftSignInLock(deps, adminStaff, member.userId);
    expect((await signInFrom(stranger, member.email, member.password)).status).toBe(200);
  });

  it("pauses the account everywhere only after ten times as many failures, for 15 minutes at most", async () => {
    const member = await createStaffMember(deps, { email: "flo@example.org" });
    await db.signInLockout.deleteMany();
    // 49 wrong passwords from 49 addresses: still no pause for a new one.
    for (let i = 0; i < 49; i++) await wrongFrom(freshIp(), member.email);
    expect((await signInFrom(freshIp(), member.email, member.password)).status).toBe(200);
    for (let i = 0; i < 50; i++) await wrongFrom(freshIp(), member.email);
    const everywhere = await signInFrom(freshIp(), member.email, member.password);
    expect(everywhere.status).toBe(429);
    expect(Number(everywhere.body.message)).toBeLessThanOrEqual(15);
    const pause = await db.signInLockout.findMany({ where: { lockedUntil: { gt: new Date() } } });
    expect(Math.max(...pause.map((row) => row.lockedUntil!.getTime() - Date.now()))).toBeLessThanOrEqual(
      15 * 60_000,
    );
  });

  it("five wrong passwords a day from one address never stop the owner, there or anywhere", async () => {
    const member = await createStaffMember(deps, { email: "gil@example.org" });
    const stranger = freshIp();
    for (let day = 0; day < 7; day++) {
      for (let i = 0; i < 5; i++) await wrongFrom(stranger, member.email);
      expect((await signInFrom(freshIp(), member.email, member.password)).status).toBe(200);
      // A day later: every pause and count is a day older.
      await db.$executeRaw`UPDATE sign_in_lockouts SET window_start = window_start - interval '1 day',
        locked_until = locked_until - interval '1 day'`;
    }
    // The stranger's own pause never grew past the first: counts and pauses decay.
    for (let i = 0; i < 5; i++) await wrongFrom(stranger, member.email);
    expect((await signInFrom(stranger, member.email, member.password)).body).toMatchObject({ message: "15" });
  });
});

describe("two-factor secrets", () => {
  it("are handed to their owner once, stored encrypted, and never logged", async () => {
    const member = await createStaffMember(deps, { email: "jo@example.org" });
    seen.push(member.token);
    const session = await signIn(deps.auth, member.email, member.password, freshIp());
    seen.push(session.cookie!.split("=")[1]!.split(".")[0]!);
    const enabled = await callServer(deps.auth, "enableTwoFactor", {
      body: { password: member.password },
      cookie: session.cookie,
    });
    expect(enabled.status).toBe(200);
    const secret = new URL(String(enabled.body.totpURI)).searchParams.get("secret")!;
    seen.push(secret, ...(enabled.body.backupCodes as string[]));
    const stored = await db.staffTwoFactor.findFirstOrThrow({ where: { user: { email: member.email } } });
    expect(stored.secret).not.toContain(secret);
  });
});

describe("sessions", () => {
  it("end after the idle timeout and after the absolute one", async () => {
    const member = await createStaffMember(deps, { email: "fran@example.org" });
    const idle = await signIn(deps.auth, member.email, member.password, freshIp());
    const absolute = await signIn(deps.auth, member.email, member.password, freshIp());
    const fresh = await signIn(deps.auth, member.email, member.password, freshIp());
    const sessions = await db.staffSession.findMany({
      where: { userId: member.userId },
      orderBy: { createdAt: "asc" },
    });
    // Unused for longer than the idle timeout: its end has passed.
    await db.staffSession.update({
      where: { id: sessions[0]!.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    // Used a moment ago, but signed in 13 hours ago.
    await db.staffSession.update({
      where: { id: sessions[1]!.id },
      data: { createdAt: new Date(Date.now() - 13 * 3_600_000) },
    });
    expect(await findStaff(deps, headersWith(idle.cookie))).toBeNull();
    expect(await findStaff(deps, headersWith(absolute.cookie))).toBeNull();
    expect(await findStaff(deps, headersWith(fresh.cookie))).not.toBeNull();
    // The absolute timeout also holds on better-auth's own endpoints.
    const other = await signIn(deps.auth, member.email, member.password, freshIp());
    await db.staffSession.updateMany({
      where: { userId: member.userId },
      data: { createdAt: new Date(Date.now() - 13 * 3_600_000) },
    });
    expect((await callServer(deps.auth, "listSessions", { cookie: other.cookie })).status).toBe(401);
  });

  it("sign-out everywhere ends the others and keeps this one; a password change does the same", async () => {
    const member = await createStaffMember(deps, { email: "gus@example.org" });
    const here = await signIn(deps.auth, member.email, member.password, freshIp());
    const elsewhere = await signIn(deps.auth, member.email, member.password, freshIp());
    expect(
      (await callServer(deps.auth, "revokeOtherSessions", { body: {}, cookie: here.cookie })).status,
    ).toBe(200);
    expect(await findStaff(deps, headersWith(elsewhere.cookie))).toBeNull();
    expect(await findStaff(deps, headersWith(here.cookie))).not.toBeNull();

    const third = await signIn(deps.auth, member.email, member.password, freshIp());
    const changed = await callServer(deps.auth, "changePassword", {
      body: {
        currentPassword: member.password,
        newPassword: "a different quiet river",
        revokeOtherSessions: true,
      },
      cookie: here.cookie,
    });
    expect(changed.status).toBe(200);
    expect(await findStaff(deps, headersWith(third.cookie))).toBeNull();
    expect(await findStaff(deps, headersWith(changed.cookie ?? here.cookie))).not.toBeNull();
  });

  it("deactivation ends every session and refuses sign-in", async () => {
    const admin = await createStaffMember(deps, { email: "admin.hal@example.org", role: "admin" });
    const member = await createStaffMember(deps, { email: "hal@example.org" });
    const adminStaff = await requireStaff(
      deps,
      headersWith((await signIn(deps.auth, admin.email, admin.password, freshIp())).cookie),
    );
    const one = await signIn(deps.auth, member.email, member.password, freshIp());
    const two = await signIn(deps.auth, member.email, member.password, freshIp());
    await setStaffActive(deps, adminStaff, member.userId, false);
    expect(await findStaff(deps, headersWith(one.cookie))).toBeNull();
    expect(await findStaff(deps, headersWith(two.cookie))).toBeNull();
    expect((await signIn(deps.auth, member.email, member.password, freshIp())).status).toBe(403);
  });

  it("a reviewer is refused admin-only work, and nobody signed out gets anything", async () => {
    const member = await createStaffMember(deps, { email: "ivy@example.org" });
    const session = await signIn(deps.auth, member.email, member.password, freshIp());
    await expect(requireStaff(deps, headersWith(session.cookie), { role: "admin" })).rejects.toEqual(
      new AccessError("forbidden"),
    );
    await expect(requireStaff(deps, headersWith(null))).rejects.toEqual(new AccessError("signed_out"));
    await expect(requireStaff(deps, headersWith("__Host-staff.session_token=forged.value"))).rejects.toEqual(
      new AccessError("signed_out"),
    );
  });
});
