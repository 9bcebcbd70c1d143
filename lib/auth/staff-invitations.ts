import "server-only";
import type { Db } from "../db/client";
import { recordAudit } from "./audit";
import type { StaffRole } from "./auth";
import { createPasswordLink, endOtherPasswordLinks, INVITATION_LINK_HOURS } from "./password-links";
import { createAccount, HAS_PASSWORD, StaffAccountError, type AccountDeps } from "./staff-accounts";
import { queueStaffEmail, renderPasswordLinkEmail } from "./staff-emails";
import { assertRole, type StaffContext } from "./staff-session";

// Invitations: an account whose password is not set yet. An admin sends one, sends it again
// (a new link; the old one stops working) or cancels it (the link stops working and the
// account is removed, since nobody ever used it). Each is audited.

export async function isInvitationPending(db: Db, userId: string): Promise<boolean> {
  const account = await db.staffAccount.findFirst({
    where: { userId, ...HAS_PASSWORD },
    select: { id: true },
  });
  return !account;
}

async function sendInvitation(deps: AccountDeps, user: { id: string; email: string }, link?: string) {
  const url = link ?? (await createPasswordLink(deps.auth, deps.db, deps.env.SITE_URL, user.id));
  await queueStaffEmail(deps.db, {
    to: user.email,
    ...renderPasswordLinkEmail("invitation", url, deps.env.ORG_NAME, INVITATION_LINK_HOURS),
  });
}

/**
 * Invites a new member; an address already invited and not yet accepted is sent a new link
 * instead (the answer says which), so "invite again" is the way to resend from memory.
 */
export async function inviteStaff(
  deps: AccountDeps,
  staff: StaffContext,
  input: { name: string; email: string; role: StaffRole },
): Promise<"invited" | "resent"> {
  assertRole(staff, "admin");
  const email = input.email.trim().toLowerCase();
  const existing = await deps.db.staffUser.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    if (!(await isInvitationPending(deps.db, existing.id))) throw new StaffAccountError("exists");
    await resendInvitation(deps, staff, existing.id);
    return "resent";
  }
  const { user, link } = await createAccount(deps, input);
  await sendInvitation(deps, user, link);
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "staff_invited",
    subject: user.id,
    detail: { role: input.role, client: staff.clientAddress },
  });
  return "invited";
}

async function pendingInvitation(deps: AccountDeps, staff: StaffContext, userId: string) {
  assertRole(staff, "admin");
  if (userId === staff.userId) throw new StaffAccountError("self");
  const user = await deps.db.staffUser.findUnique({
    where: { id: userId },
    select: { id: true, email: true },
  });
  if (!user) throw new StaffAccountError("not_found");
  if (!(await isInvitationPending(deps.db, user.id))) throw new StaffAccountError("not_invited");
  return user;
}

/** A new link by email; making it ends the account's earlier links. */
export async function resendInvitation(deps: AccountDeps, staff: StaffContext, userId: string) {
  const user = await pendingInvitation(deps, staff, userId);
  await sendInvitation(deps, user);
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "staff_invitation_resent",
    subject: user.id,
    detail: { client: staff.clientAddress },
  });
}

/** Ends the link and removes the account: it never signed in, so nothing refers to it but the log. */
export async function cancelInvitation(deps: AccountDeps, staff: StaffContext, userId: string) {
  const user = await pendingInvitation(deps, staff, userId);
  await deps.db.$transaction(async (tx) => {
    await endOtherPasswordLinks(tx, user.id);
    await tx.staffUser.delete({ where: { id: user.id } });
  });
  await recordAudit(deps.db, {
    actorId: staff.userId,
    action: "staff_invitation_cancelled",
    subject: user.id,
    detail: { client: staff.clientAddress },
  });
}
