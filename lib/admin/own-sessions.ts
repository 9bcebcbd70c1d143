import "server-only";
import type { StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";

export type OwnSession = {
  id: string;
  isCurrent: boolean;
  createdAt: Date;
  lastUsedAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
};

/** Where the signed-in staff member is signed in: their own sessions only. */
export async function listOwnSessions(db: Db, staff: StaffContext): Promise<OwnSession[]> {
  const sessions = await db.staffSession.findMany({
    where: { userId: staff.userId, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, updatedAt: true, userAgent: true, ipAddress: true },
  });
  return sessions.map((session) => ({
    id: session.id,
    isCurrent: session.id === staff.sessionId,
    createdAt: session.createdAt,
    lastUsedAt: session.updatedAt,
    userAgent: session.userAgent,
    ipAddress: session.ipAddress,
  }));
}
