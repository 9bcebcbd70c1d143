import "server-only";
import type { Db } from "../db/client";
import { deriveKey } from "../security/keys";
import { recordAudit } from "./audit";
import type { StaffAuth, StaffRole } from "./auth";
import { AccessError } from "./errors";
import { clearLockout, lockoutKey, minutesLocked, readLockout } from "./lockout";
import { createPasswordLink, INVITATION_LINK_HOURS } from "./password-links";
import { queueStaffEmail, renderPasswordLinkEmail } from "./staff-emails";
import { assertRole, type StaffContext } from "./staff-session";
import { writeTwoFactorRequired } from "./staff-settings";

// Staff accounts: admins only, each change audited. There is no public sign-up: accounts
// come from `npm run admin:create`, an admin's invitation, or the development admin.

export type AccountDeps = {
  db: Db;
  auth: StaffAuth;
  env: { SITE_URL: string; ORG_NAME: string; SESSION_SECRET: string };
};

export type StaffMember = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  isActive: boolean;
  twoFactorEnabled: boolean;
  lockedMinutes: number;
  createdAt: Date;
};

export class StaffAccountError extends Error {
  constructor(readonly code: "exists" | "not_found" | "self") {
    super(code);
    this.name = "StaffAccountError";
  }
}

export async function listStaff(deps: AccountDeps, staff: StaffContext): Promise<StaffMember[]> {
  assertRole(staff, "admin");
  const users = await deps.db.staffUser.findMany({
    orderBy: [{ name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      banned: true,
      twoFactorEnabled: true,
      createdAt: true,
    },
  });
  const secret = deriveKey(deps.env.SESSION_SECRET, "rate-limit");
  const now = new Date();
  return Promise.all(
    users.map(async (user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role === "admin" ? "admin" : "reviewer",
      isActive: !user.banned,
      twoFactorEnabled: Boolean(user.twoFactorEnabled),
      lockedMinutes: minutesLocked(await readLockout(deps.db, lockoutKey(user.email, secret)), now),
      createdAt: user.createdAt,
    })),
  );
}

/** Creates an account without a password and returns the single-use link that sets it. */
async function createAccount(deps: AccountDeps, input: { name: string; email: string; role: StaffRole }) {
  const email = input.email.trim().toLowerCase();
  if (await deps.db.staffUser.findUnique({ where: { email }, select: { id: true } })) {
    throw new StaffAccountError("exists");
  }
  const context = await deps.auth.$context;
  const user = await context.internalAdapter.createUser(
    {
      email,
      name: input.name.trim() || email,
      role: input.role,
      emailVerified: true,
    },
    { method: "admin" },
  );
  return { user, link: await createPasswordLink(deps.auth, deps.env.SITE_URL, user.id) };
}

/** `npm run admin:create`: the first admin, or any account, from the command line. */
export async function createStaffFromCommandLine(
  deps: AccountDeps,
  input: { email: string; role: StaffRole },
) {
  const { user, link } = await createAccount(deps, { ...input, name: "" });
  await recordAudit(deps.db, {
    actorId: null,
    action: "staff_created",
    subject: user.id,
    detail: { role: input.role },
  });
  return { userId: user.id, link, hours: INVITATION_LINK_HOURS };
}

export async function inviteStaff(
  deps: AccountDeps,
  staff: StaffContext,
  input: { name: string; email: string; role: StaffRole },
): Promise<void> {
  assertRole(staff, "admin");
  const { user, link } = await createAccount(deps, input);
  await queueStaffEmail(deps.db, {
    to: user.email,
    ...renderPasswordLinkEmail("invitation", link, deps.env.ORG_NAME, INVITATION_LINK_HOURS),
  });
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "staff_invited",
    subject: user.id,
    detail: { role: input.role },
  });
}

async function otherMember(deps: AccountDeps, staff: StaffContext, userId: string) {
  assertRole(staff, "admin");
  if (userId === staff.userId) throw new StaffAccountError("self");
  const user = await deps.db.staffUser.findUnique({
    where: { id: userId },
    select: { id: true, email: true },
  });
  if (!user) throw new StaffAccountError("not_found");
  return user;
}

export async function setStaffRole(deps: AccountDeps, staff: StaffContext, userId: string, role: StaffRole) {
  const user = await otherMember(deps, staff, userId);
  await deps.db.staffUser.update({ where: { id: user.id }, data: { role } });
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "staff_role_changed",
    subject: user.id,
    detail: { role },
  });
}

/** Deactivation ends every session of the account at once. */
export async function setStaffActive(
  deps: AccountDeps,
  staff: StaffContext,
  userId: string,
  isActive: boolean,
) {
  const user = await otherMember(deps, staff, userId);
  await deps.db.$transaction([
    deps.db.staffUser.update({ where: { id: user.id }, data: { banned: !isActive, banReason: null } }),
    ...(isActive ? [] : [deps.db.staffSession.deleteMany({ where: { userId: user.id } })]),
  ]);
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: isActive ? "staff_reactivated" : "staff_deactivated",
    subject: user.id,
  });
}

export async function liftSignInLock(deps: AccountDeps, staff: StaffContext, userId: string) {
  assertRole(staff, "admin");
  const user = await deps.db.staffUser.findUnique({
    where: { id: userId },
    select: { id: true, email: true },
  });
  if (!user) throw new StaffAccountError("not_found");
  await clearLockout(deps.db, lockoutKey(user.email, deriveKey(deps.env.SESSION_SECRET, "rate-limit")));
  await recordAudit(deps.db, { actorId: staff.userId, action: "staff_lockout_lifted", subject: user.id });
}

export async function requireTwoFactorForAll(deps: AccountDeps, staff: StaffContext, required: boolean) {
  assertRole(staff, "admin");
  await writeTwoFactorRequired(deps.db, required);
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "setting_changed",
    detail: { requireTwoFactor: required },
  });
}

export { AccessError };
