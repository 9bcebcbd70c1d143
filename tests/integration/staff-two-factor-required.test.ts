import { describe, expect, it } from "vitest";
import { AccessError } from "../../lib/auth/errors";
import { requireTwoFactorForAll } from "../../lib/auth/staff-accounts";
import { requireStaff } from "../../lib/auth/staff-session";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";

const current = staffAuthDatabase();
const headersWith = (cookie: string | null) => new Headers(cookie ? { cookie } : {});

describe("two-factor sign-in required for everyone", () => {
  it("sends a member without it to enrol, lets them reach their account only, and is audited", async () => {
    const { db, deps } = current();
    const admin = await createStaffMember(deps, { email: "admin@example.org", role: "admin" });
    const member = await createStaffMember(deps, { email: "kim@example.org" });
    const adminSession = await signIn(deps.auth, admin.email, admin.password, "192.0.2.1");
    const memberSession = await signIn(deps.auth, member.email, member.password, "192.0.2.2");
    const adminStaff = await requireStaff(deps, headersWith(adminSession.cookie), { role: "admin" });

    // Only an admin may require it.
    const reviewer = await requireStaff(deps, headersWith(memberSession.cookie));
    await expect(requireTwoFactorForAll(deps, reviewer, true)).rejects.toEqual(new AccessError("forbidden"));

    await requireTwoFactorForAll(deps, adminStaff, true);
    await expect(requireStaff(deps, headersWith(memberSession.cookie))).rejects.toEqual(
      new AccessError("needs_two_factor"),
    );
    expect(
      await requireStaff(deps, headersWith(memberSession.cookie), { isEnrolmentPage: true }),
    ).toMatchObject({
      email: member.email,
    });
    const [event] = await db.auditEvent.findMany({ where: { action: "setting_changed" } });
    expect(event).toMatchObject({ actorId: adminStaff.userId, detail: { requireTwoFactor: true } });

    await requireTwoFactorForAll(deps, adminStaff, false);
    expect(await requireStaff(deps, headersWith(memberSession.cookie))).toMatchObject({
      email: member.email,
    });
  });

  it("keeps the audit log append-only: the database refuses to change or remove an event", async () => {
    const { db } = current();
    await db.auditEvent.create({ data: { action: "sign_in" } });
    await expect(db.$executeRaw`UPDATE audit_events SET action = 'forged'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_events`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE audit_events`).rejects.toThrow(/append-only/);
  });
});
