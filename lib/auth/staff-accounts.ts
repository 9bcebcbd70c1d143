import "server-only";
import { APIError } from "better-auth/api";
import type { Db } from "../db/client";
import { deriveKey } from "../security/keys";
import { recordAudit } from "./audit";
import type { StaffAuth, StaffRole } from "./auth";
import { AccessError } from "./errors";
import { accountLockoutKey, clearAccountLockouts, longestPause } from "./lockout";
import { createPasswordLink, INVITATION_LINK_HOURS } from "./password-links";
import { assertRole, hasVerifiedTwoFactor, type StaffContext } from "./staff-session";
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
  /** Invited and the password not set yet. */
  isInvited: boolean;
  twoFactorEnabled: boolean;
  lockedMinutes: number;
  createdAt: Date;
};

/** An account that has set its password (better-auth's credential row); without one, an invitation. */
export const HAS_PASSWORD = { providerId: "credential", password: { not: null } } as const;

export class StaffAccountError extends Error {
  constructor(
    readonly code:
      "exists" | "not_found" | "self" | "not_invited" | "own_two_factor_needed" | "code_refused" | "paused",
  ) {
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
      createdAt: true,
      // Two-factor is on when a secret was confirmed with a code (hasVerifiedTwoFactor).
      twoFactors: { where: { verified: true }, select: { id: true }, take: 1 },
      // Until its password is set with the link, an account is an invitation.
      accounts: {
        where: HAS_PASSWORD,
        select: { id: true },
        take: 1,
      },
    },
  });
  return Promise.all(
    users.map(async (user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role === "admin" ? "admin" : "reviewer",
      isActive: !user.banned,
      isInvited: user.accounts.length === 0,
      twoFactorEnabled: user.twoFactors.length > 0,
      lockedMinutes: await longestPause(deps.db, lockoutKeyOf(deps, user.email)),
      createdAt: user.createdAt,
    })),
  );
}

const lockoutKeyOf = (deps: AccountDeps, email: string) =>
  accountLockoutKey(email, deriveKey(deps.env.SESSION_SECRET, "rate-limit"));

/** Creates an account without a password and returns the single-use link that sets it. */
export async function createAccount(
  deps: AccountDeps,
  input: { name: string; email: string; role: StaffRole },
) {
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
  return { user, link: await createPasswordLink(deps.auth, deps.db, deps.env.SITE_URL, user.id) };
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
    detail: { role, client: staff.clientAddress },
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
    detail: { client: staff.clientAddress },
  });
}

export async function liftSignInLock(deps: AccountDeps, staff: StaffContext, userId: string) {
  assertRole(staff, "admin");
  const user = await deps.db.staffUser.findUnique({
    where: { id: userId },
    select: { id: true, email: true },
  });
  if (!user) throw new StaffAccountError("not_found");
  await clearAccountLockouts(deps.db, lockoutKeyOf(deps, user.email));
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "staff_lockout_lifted",
    subject: user.id,
    detail: { client: staff.clientAddress },
  });
}

export async function requireTwoFactorForAll(deps: AccountDeps, staff: StaffContext, required: boolean) {
  assertRole(staff, "admin");
  await writeTwoFactorRequired(deps.db, required);
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "setting_changed",
    detail: { requireTwoFactor: required, client: staff.clientAddress },
  });
}

/** Signs a member out of every browser at once (a lost laptop, a shared computer). */
export async function signOutStaffEverywhere(deps: AccountDeps, staff: StaffContext, userId: string) {
  const user = await otherMember(deps, staff, userId);
  const { count } = await deps.db.staffSession.deleteMany({ where: { userId: user.id } });
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "staff_sessions_revoked",
    subject: user.id,
    detail: { sessions: count, client: staff.clientAddress },
  });
}

/**
 * Turns another member's two-factor off (a lost phone), so they enrol again at their next
 * sign-in, and signs them out everywhere. The acting admin proves it is them with a fresh code
 * from their own authenticator: a stolen admin session alone cannot strip an account's second
 * factor. A wrong code counts toward the admin's own sign-in pause and is audited.
 */
export async function resetStaffTwoFactor(
  deps: AccountDeps,
  staff: StaffContext,
  input: { userId: string; code: string; headers: Headers },
) {
  const user = await otherMember(deps, staff, input.userId);
  if (!(await hasVerifiedTwoFactor(deps.db, staff.userId)))
    throw new StaffAccountError("own_two_factor_needed");
  try {
    await deps.auth.api.verifyTOTP({ body: { code: input.code }, headers: input.headers });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    throw new StaffAccountError(error.statusCode === 429 ? "paused" : "code_refused");
  }
  await deps.db.$transaction([
    deps.db.staffTwoFactor.deleteMany({ where: { userId: user.id } }),
    deps.db.staffUser.update({ where: { id: user.id }, data: { twoFactorEnabled: false } }),
    deps.db.staffSession.deleteMany({ where: { userId: user.id } }),
  ]);
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "staff_two_factor_reset",
    subject: user.id,
    detail: { client: staff.clientAddress },
  });
}

export { AccessError };

/** The signed-in member's own display name (any role): shown wherever staff are named. */
export async function setOwnDisplayName(
  deps: Pick<AccountDeps, "db">,
  staff: StaffContext,
  name: string,
): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.userId }, data: { name } });
    // The name itself stays out of the log: the sentence shows the current one.
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "staff_name_changed",
      subject: staff.userId,
      detail: { client: staff.clientAddress },
    });
  });
}
