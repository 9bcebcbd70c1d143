import "server-only";
import type { Db } from "../db/client";
import { clientAddressOf } from "../security/rate-limit";
import type { StaffAuth, StaffRole } from "./auth";
import { STAFF_ROLES } from "./auth";
import { AccessError } from "./errors";
import { isTwoFactorRequired } from "./staff-settings";

// The one way into staff data: every function in lib/ that reads or changes it takes a
// StaffContext, which only requireStaff makes, and checks the role it needs itself.

declare const verified: unique symbol;

/** Who is signed in, as the nav and the sign-in page's redirect need it: no key to staff data. */
export type SignedInStaff = {
  readonly userId: string;
  readonly sessionId: string;
  readonly name: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly twoFactorEnabled: boolean;
  /** The address the request came from, as the front door wrote it (for the audit log). */
  readonly clientAddress: string;
};

/** A signed-in staff member whose role and two-factor requireStaff has checked. */
export type StaffContext = SignedInStaff & { readonly [verified]: true };

type Deps = { auth: StaffAuth; db: Db };

/**
 * The signed-in staff member behind these request headers, or null. Not a StaffContext: only
 * requireStaff makes one, after the checks a page or action needs.
 */
export async function findStaff({ auth, db }: Deps, headers: Headers): Promise<SignedInStaff | null> {
  const found = await auth.api.getSession({ headers }).catch(() => null);
  if (!found) return null;
  const { session, user } = found;
  const role = (user as { role?: string }).role;
  if ((user as { banned?: boolean }).banned || !STAFF_ROLES.includes(role as StaffRole)) return null;
  // The absolute timeout is better-auth's before-hook (auth-hooks.ts), which getSession runs too.
  return {
    userId: user.id,
    sessionId: session.id,
    name: user.name,
    email: user.email,
    role: role as StaffRole,
    twoFactorEnabled: await hasVerifiedTwoFactor(db, user.id),
    clientAddress: clientAddressOf(headers),
  };
}

/**
 * Two-factor is on when the account has a TOTP secret confirmed with a right code: never the
 * user row's flag, which anything that can write the row could set without a secret.
 */
export async function hasVerifiedTwoFactor(db: Db, userId: string): Promise<boolean> {
  return (await db.staffTwoFactor.count({ where: { userId, verified: true } })) > 0;
}

/**
 * The signed-in staff member, allowed `role` (reviewer: any staff member), or an AccessError.
 * When admins require two-factor sign-in, a member without it may only reach their account.
 */
export async function requireStaff(
  deps: Deps,
  headers: Headers,
  { role = "reviewer", isEnrolmentPage = false }: { role?: StaffRole; isEnrolmentPage?: boolean } = {},
): Promise<StaffContext> {
  const found = await findStaff(deps, headers);
  if (!found) throw new AccessError("signed_out");
  const staff = found as StaffContext;
  assertRole(staff, role);
  if (!isEnrolmentPage && !staff.twoFactorEnabled && (await isTwoFactorRequired(deps.db))) {
    throw new AccessError("needs_two_factor");
  }
  return staff;
}

/** Each data function's own check of the role it needs. */
export function assertRole(staff: StaffContext, role: StaffRole): void {
  if (role === "admin" && staff.role !== "admin") throw new AccessError("forbidden");
}
