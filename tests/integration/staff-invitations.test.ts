import { beforeAll, describe, expect, it } from "vitest";
import { isPasswordLinkLive } from "../../lib/auth/password-links";
import { listStaff, StaffAccountError } from "../../lib/auth/staff-accounts";
import { cancelInvitation, inviteStaff, resendInvitation } from "../../lib/auth/staff-invitations";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import {
  callAuth,
  createStaffMember,
  passwordLinksSentTo,
  signIn,
  staffAuthDatabase,
} from "../support/staff-auth";

// Invitations against real PostgreSQL and better-auth: "invited" until the password is set,
// a resend kills the earlier link, a cancel kills the link and removes the account, and each
// is in the audit log.

const current = staffAuthDatabase();
let db: Db;
let deps: ReturnType<typeof current>["deps"];
let admin: StaffContext;
const IP = "198.51.100.40";

beforeAll(async () => {
  ({ db, deps } = current());
  const member = await createStaffMember(deps, { email: "ada@example.org", role: "admin" });
  const session = await signIn(deps.auth, member.email, member.password, IP);
  admin = await requireStaff(deps, new Headers({ cookie: session.cookie!, "x-forwarded-for": IP }), {
    role: "admin",
  });
});

const stateOf = async (email: string) => {
  const member = (await listStaff(deps, admin)).find((m) => m.email === email);
  return member && { isInvited: member.isInvited, isActive: member.isActive, role: member.role };
};
const setPassword = (token: string, newPassword = "a quiet harbour at noon") =>
  callAuth(deps.auth, "/reset-password", { body: { token, newPassword } });
const idOf = async (email: string) => (await db.staffUser.findUniqueOrThrow({ where: { email } })).id;
const audits = (subject: string) =>
  db.auditEvent.findMany({
    where: { subject },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true },
  });

describe("an invitation", () => {
  it("is 'invited' until its password is set, then active", async () => {
    expect(
      await inviteStaff(deps, admin, { name: "Inés", email: "ines@example.org", role: "reviewer" }),
    ).toBe("invited");
    expect(await stateOf("ines@example.org")).toEqual({ isInvited: true, isActive: true, role: "reviewer" });
    const [token] = await passwordLinksSentTo(db, "ines@example.org");
    expect(await isPasswordLinkLive(db, token!)).toBe(true);
    expect((await setPassword(token!)).status).toBe(200);
    expect(await stateOf("ines@example.org")).toEqual({ isInvited: false, isActive: true, role: "reviewer" });
    expect(await isPasswordLinkLive(db, token!)).toBe(false);
    // An accepted invitation is an account: it cannot be resent, cancelled or invited again.
    const id = await idOf("ines@example.org");
    await expect(resendInvitation(deps, admin, id)).rejects.toEqual(new StaffAccountError("not_invited"));
    await expect(cancelInvitation(deps, admin, id)).rejects.toEqual(new StaffAccountError("not_invited"));
    await expect(
      inviteStaff(deps, admin, { name: "", email: "ines@example.org", role: "reviewer" }),
    ).rejects.toEqual(new StaffAccountError("exists"));
  });

  it("sent again has a new link and the old one no longer works; inviting the address again does the same", async () => {
    await inviteStaff(deps, admin, { name: "Jon", email: "jon@example.org", role: "reviewer" });
    const id = await idOf("jon@example.org");
    await resendInvitation(deps, admin, id);
    expect(await inviteStaff(deps, admin, { name: "Jon", email: "JON@example.org", role: "reviewer" })).toBe(
      "resent",
    );
    const tokens = await passwordLinksSentTo(db, "jon@example.org");
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(3);
    const [first, second, third] = tokens as [string, string, string];
    expect(await isPasswordLinkLive(db, first)).toBe(false);
    expect(await isPasswordLinkLive(db, second)).toBe(false);
    expect(await isPasswordLinkLive(db, third)).toBe(true);
    expect((await setPassword(first)).body).toMatchObject({ code: "INVALID_TOKEN" });
    expect((await setPassword(second)).body).toMatchObject({ code: "INVALID_TOKEN" });
    expect(await stateOf("jon@example.org")).toMatchObject({ isInvited: true });
    expect((await setPassword(third)).status).toBe(200);
    expect(await stateOf("jon@example.org")).toMatchObject({ isInvited: false });
    expect(await db.staffUser.count({ where: { email: "jon@example.org" } })).toBe(1);
    expect(await audits(id)).toEqual([
      { action: "staff_invited", actorId: admin.userId },
      { action: "staff_invitation_resent", actorId: admin.userId },
      { action: "staff_invitation_resent", actorId: admin.userId },
      { action: "password_set", actorId: id },
    ]);
  });

  it("cancelled: its link no longer works and the account is gone; the address can be invited afresh", async () => {
    await inviteStaff(deps, admin, { name: "Kai", email: "kai@example.org", role: "admin" });
    const id = await idOf("kai@example.org");
    const [token] = await passwordLinksSentTo(db, "kai@example.org");
    await cancelInvitation(deps, admin, id);
    expect(await isPasswordLinkLive(db, token!)).toBe(false);
    expect((await setPassword(token!)).body).toMatchObject({ code: "INVALID_TOKEN" });
    expect(await stateOf("kai@example.org")).toBeUndefined();
    expect(await db.authVerification.count({ where: { value: id } })).toBe(0);
    expect(await audits(id)).toEqual([
      { action: "staff_invited", actorId: admin.userId },
      { action: "staff_invitation_cancelled", actorId: admin.userId },
    ]);
    expect(await inviteStaff(deps, admin, { name: "Kai", email: "kai@example.org", role: "reviewer" })).toBe(
      "invited",
    );
    expect(await stateOf("kai@example.org")).toEqual({ isInvited: true, isActive: true, role: "reviewer" });
  });

  it("cannot be cancelled or resent for oneself or a missing account", async () => {
    await expect(cancelInvitation(deps, admin, admin.userId)).rejects.toEqual(new StaffAccountError("self"));
    await expect(resendInvitation(deps, admin, "no-such-id")).rejects.toEqual(
      new StaffAccountError("not_found"),
    );
  });
});
