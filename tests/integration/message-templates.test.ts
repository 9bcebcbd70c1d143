import { beforeAll, describe, expect, it } from "vitest";
import { AccessError } from "../../lib/auth/errors";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { previewRecord } from "../../lib/outreach/template-preview";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { createStaffMember, signIn, staffAuthDatabase } from "../support/staff-auth";

// The template editor's preview: the newest signup that still has its personal data, filled in
// per language as a send fills it; for admins only, as the editor is.

const current = staffAuthDatabase();
let db: Db;
let admin: StaffContext;
let reviewer: StaffContext;
let n = 0;

async function staffMember(email: string, role: "admin" | "reviewer", name: string): Promise<StaffContext> {
  const { deps } = current();
  const member = await createStaffMember(deps, { email, role });
  await db.staffUser.update({ where: { id: member.userId }, data: { name } });
  const session = await signIn(deps.auth, email, member.password, `198.51.100.${++n}`);
  return requireStaff(deps, new Headers({ cookie: session.cookie! }));
}

const signup = async (role: "attorney" | "medical", firstName: string, locale: string) =>
  (await storeSignup(db, sampleSubmission(role, ++n, { firstName, lastName: "Preview" }), { locale }))
    .signupId;

beforeAll(async () => {
  db = current().db;
  admin = await staffMember("ana@example.org", "admin", "Ana Admin");
  reviewer = await staffMember("rosa@example.org", "reviewer", "Rosa Reviewer");
});

describe("the template preview", () => {
  it("has no one to preview with before anyone signs up", async () => {
    expect(await previewRecord(db, admin, TEST_EMAIL_ENV)).toBeNull();
  });

  it("fills in the newest signup, its role named in each template language", async () => {
    await signup("attorney", "Older", "en");
    const newest = await signup("medical", "Lucía", "es");
    expect(await previewRecord(db, admin, TEST_EMAIL_ENV)).toEqual({
      signupId: newest,
      name: "Lucía Preview",
      locale: "es",
      values: {
        en: {
          firstName: "Lucía",
          lastName: "Preview",
          role: "medical professional",
          orgName: "New Mexico Immigrant Law Center",
          orgEmail: "probono@example.org",
          senderName: "Ana Admin",
        },
        es: {
          firstName: "Lucía",
          lastName: "Preview",
          role: "salud",
          orgName: "New Mexico Immigrant Law Center",
          orgEmail: "probono@example.org",
          senderName: "Ana Admin",
        },
      },
    });
  });

  it("passes over an anonymised signup, even the newest", async () => {
    const gone = await signup("attorney", "Gone", "en");
    await db.signup.update({ where: { id: gone }, data: { anonymizedAt: new Date() } });
    expect((await previewRecord(db, admin, TEST_EMAIL_ENV))?.name).toBe("Lucía Preview");
  });

  it("is refused to a reviewer, who has no editor", async () => {
    await expect(previewRecord(db, reviewer, TEST_EMAIL_ENV)).rejects.toEqual(new AccessError("forbidden"));
  });
});
