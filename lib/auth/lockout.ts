import "server-only";
import { createHmac } from "node:crypto";
import type { Db } from "../db/client";

// Per-account throttling of password sign-in, kept in PostgreSQL so it holds across
// instances: `maxFailures` failures within `windowMinutes` lock password sign-in for
// `lockMinutes`, doubling with each lockout in a row, never longer than MAX_LOCK_MINUTES (a
// stranger can delay a staff member, never lock them out for good). Keyed by the hashed
// address, so an address without an account locks the same way and tells nothing.

export type LockoutPolicy = { maxFailures: number; windowMinutes: number; lockMinutes: number };
export type LockoutState = {
  failures: number;
  windowStart: Date;
  lockouts: number;
  lockedUntil: Date | null;
};

export const MAX_LOCK_MINUTES = 24 * 60;
const MINUTE = 60_000;

/** The state after one more failure at `now`. */
export function afterFailure(state: LockoutState | null, policy: LockoutPolicy, now: Date): LockoutState {
  const isWindowOpen = state && now.getTime() - state.windowStart.getTime() < policy.windowMinutes * MINUTE;
  const failures = isWindowOpen ? state.failures + 1 : 1;
  const windowStart = isWindowOpen ? state.windowStart : now;
  const lockouts = state?.lockouts ?? 0;
  if (failures < policy.maxFailures)
    return { failures, windowStart, lockouts, lockedUntil: state?.lockedUntil ?? null };
  const minutes = Math.min(policy.lockMinutes * 2 ** lockouts, MAX_LOCK_MINUTES);
  return {
    failures: 0,
    windowStart: now,
    lockouts: lockouts + 1,
    lockedUntil: new Date(now.getTime() + minutes * MINUTE),
  };
}

/** Minutes left (rounded up), or 0 when not locked. */
export function minutesLocked(state: Pick<LockoutState, "lockedUntil"> | null, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / MINUTE);
}

export function lockoutKey(email: string, secret: Buffer): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("base64url");
}

export async function readLockout(db: Db, key: string): Promise<LockoutState | null> {
  return db.signInLockout.findUnique({
    where: { key },
    select: { failures: true, windowStart: true, lockouts: true, lockedUntil: true },
  });
}

export async function recordFailure(
  db: Db,
  key: string,
  policy: LockoutPolicy,
  now = new Date(),
): Promise<LockoutState> {
  // Serialised per address, so two wrong passwords at once both count.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const current = await tx.signInLockout.findUnique({ where: { key } });
    const next = afterFailure(current, policy, now);
    await tx.signInLockout.upsert({ where: { key }, create: { key, ...next }, update: next });
    return next;
  });
}

/** A right password ends the count and the growing lockouts; an admin lifting a lock does too. */
export async function clearLockout(db: Db, key: string): Promise<void> {
  await db.signInLockout.deleteMany({ where: { key } });
}
