import { describe, expect, it } from "vitest";
import { listAuditEvents } from "../../lib/admin/audit-log";
import { listAssignableStaff } from "../../lib/admin/signup-changes";
import { setOwnDisplayName } from "../../lib/auth/staff-accounts";
import { findStaff, requireStaff } from "../../lib/auth/staff-session";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";

// The account page's display name: saved for the signed-in member only, audited without the
// name itself, and the name every list of staff shows from then on (the email until then).

const current = staffAuthDatabase();

describe("a staff member's display name", () => {
  it("is saved, audited and used for the member in the session, the audit log and the assignee list", async () => {
    const { db, deps } = current();
    const admin = await createStaffMember(deps, { email: "rosa@example.org", role: "admin" });
    const session = await signIn(deps.auth, admin.email, admin.password, "198.51.100.40");
    const headers = new Headers({ cookie: session.cookie!, "x-forwarded-for": "198.51.100.40" });
    const staff = await requireStaff(deps, headers, { role: "admin" });
    expect((await listAssignableStaff(db, staff)).map((m) => m.name)).toEqual(["rosa@example.org"]);

    await setOwnDisplayName(deps, staff, "Rosa Díaz");

    expect(await db.staffUser.findUnique({ where: { id: admin.userId }, select: { name: true } })).toEqual({
      name: "Rosa Díaz",
    });
    const [entry] = await db.auditEvent.findMany({
      where: { action: "staff_name_changed" },
      select: { actorId: true, subject: true, detail: true },
    });
    expect(entry).toEqual({
      actorId: admin.userId,
      subject: admin.userId,
      detail: { client: "198.51.100.40" },
    });
    expect((await findStaff(deps, headers))?.name).toBe("Rosa Díaz");
    expect((await listAssignableStaff(db, staff)).map((m) => m.name)).toEqual(["Rosa Díaz"]);
    const { entries } = await listAuditEvents(db, staff, { action: "staff_name_changed" });
    expect(entries.map((e) => [e.actorName, e.sentence])).toEqual([
      ["Rosa Díaz", "Rosa Díaz changed their display name"],
    ]);
    // Earlier entries read with the name as it is now.
    const [signedIn] = (await listAuditEvents(db, staff, { action: "sign_in" })).entries;
    expect(signedIn!.sentence).toBe("Rosa Díaz signed in");
  });
});
