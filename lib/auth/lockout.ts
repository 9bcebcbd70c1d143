import "server-only";
import { createHmac } from "node:crypto";
import type { Db } from "../db/client";

// Pauses on wrong passwords, kept in PostgreSQL so they hold across instances. Two counters:
// - one per account *and client* (IPv6 counted by its /64): `maxFailures` wrong passwords
//   within `windowMinutes` pause that client's sign-in to that account for `lockMinutes`,
//   doubling with each pause in a row (at most a day), forgotten 12 hours after the last pause;
// - one per account from every client: only ACCOUNT_FAILURE_FACTOR times as many failures in
//   the window pause the account everywhere, never for more than ACCOUNT_MAX_LOCK_MINUTES.
// So a stranger's wrong passwords slow the stranger, and never keep the owner out for long.
// Keys are keyed hashes of the address (and client), so a pause tells nothing of an account.

export type LockoutPolicy = { maxFailures: number; windowMinutes: number; lockMinutes: number };
export type LockoutState = {
  failures: number;
  windowStart: Date;
  lockouts: number;
  lockedUntil: Date | null;
};
export type LockoutKeys = { account: string; client: string };
export type Pause = { scope: "client" | "account"; minutes: number };

export const MAX_LOCK_MINUTES = 24 * 60;
export const ACCOUNT_FAILURE_FACTOR = 10;
export const ACCOUNT_MAX_LOCK_MINUTES = 15;
const MINUTE = 60_000;
const FORGET_AFTER_MINUTES = 12 * 60;

type Rule = LockoutPolicy & { isGrowing: boolean; maxMinutes: number };

export function clientRule(policy: LockoutPolicy): Rule {
  return { ...policy, isGrowing: true, maxMinutes: MAX_LOCK_MINUTES };
}

export function accountRule(policy: LockoutPolicy): Rule {
  return {
    ...policy,
    maxFailures: policy.maxFailures * ACCOUNT_FAILURE_FACTOR,
    lockMinutes: Math.min(policy.lockMinutes, ACCOUNT_MAX_LOCK_MINUTES),
    isGrowing: false,
    maxMinutes: ACCOUNT_MAX_LOCK_MINUTES,
  };
}

/** The state after one more failure at `now`. */
export function afterFailure(state: LockoutState | null, rule: Rule, now: Date): LockoutState {
  const isWindowOpen = state && now.getTime() - state.windowStart.getTime() < rule.windowMinutes * MINUTE;
  const failures = isWindowOpen ? state.failures + 1 : 1;
  const windowStart = isWindowOpen ? state.windowStart : now;
  const isForgotten =
    !state?.lockedUntil || now.getTime() - state.lockedUntil.getTime() > FORGET_AFTER_MINUTES * MINUTE;
  const lockouts = isForgotten ? 0 : state.lockouts;
  if (failures < rule.maxFailures)
    return { failures, windowStart, lockouts, lockedUntil: state?.lockedUntil ?? null };
  const minutes = Math.min(rule.lockMinutes * (rule.isGrowing ? 2 ** lockouts : 1), rule.maxMinutes);
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

/** The account's key: every pause of the account is stored under it (lockoutKeys). */
export function accountLockoutKey(email: string, secret: Buffer): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("base64url");
}

/** The account's key, and the key of that account from one client (it starts with the account's). */
export function lockoutKeys(email: string, clientSubject: string, secret: Buffer): LockoutKeys {
  const account = accountLockoutKey(email, secret);
  const client = createHmac("sha256", secret).update(`${account}|${clientSubject}`).digest("base64url");
  return { account, client: `${account}:${client}` };
}

async function read(db: Db, key: string): Promise<LockoutState | null> {
  return db.signInLockout.findUnique({
    where: { key },
    select: { failures: true, windowStart: true, lockouts: true, lockedUntil: true },
  });
}

/** The pause in force for this account from this client, the longer of the two, or null. */
export async function currentPause(db: Db, keys: LockoutKeys, now = new Date()): Promise<Pause | null> {
  const [client, account] = await Promise.all([read(db, keys.client), read(db, keys.account)]);
  const pauses: Pause[] = [
    { scope: "client" as const, minutes: minutesLocked(client, now) },
    { scope: "account" as const, minutes: minutesLocked(account, now) },
  ].filter((pause) => pause.minutes > 0);
  return pauses.sort((a, b) => b.minutes - a.minutes)[0] ?? null;
}

async function countFailure(db: Db, key: string, rule: Rule, now: Date): Promise<LockoutState> {
  // Serialised per key, so two wrong passwords at once both count.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const current = await tx.signInLockout.findUnique({ where: { key } });
    const next = afterFailure(current, rule, now);
    await tx.signInLockout.upsert({ where: { key }, create: { key, ...next }, update: next });
    return next;
  });
}

/** Counts one wrong password; returns the pause it started, if it started one. */
export async function recordFailure(
  db: Db,
  keys: LockoutKeys,
  policy: LockoutPolicy,
  now = new Date(),
): Promise<Pause | null> {
  const client = await countFailure(db, keys.client, clientRule(policy), now);
  const account = await countFailure(db, keys.account, accountRule(policy), now);
  if (account.failures === 0 && account.lockedUntil)
    return { scope: "account", minutes: minutesLocked(account, now) };
  if (client.failures === 0 && client.lockedUntil)
    return { scope: "client", minutes: minutesLocked(client, now) };
  return null;
}

/** A right password ends that client's count and its growing pauses. */
export async function clearClientLockout(db: Db, keys: LockoutKeys): Promise<void> {
  await db.signInLockout.deleteMany({ where: { key: keys.client } });
}

/** An admin lifting a pause, or a password reset: every pause of the account, from every client. */
export async function clearAccountLockouts(db: Db, accountKey: string): Promise<void> {
  await db.signInLockout.deleteMany({
    where: { OR: [{ key: accountKey }, { key: { startsWith: `${accountKey}:` } }] },
  });
}

/** The longest pause in force on any client of the account (for the staff list). */
export async function longestPause(db: Db, accountKey: string, now = new Date()): Promise<number> {
  const rows = await db.signInLockout.findMany({
    where: {
      OR: [{ key: accountKey }, { key: { startsWith: `${accountKey}:` } }],
      lockedUntil: { gt: now },
    },
    select: { lockedUntil: true },
  });
  return Math.max(0, ...rows.map((row) => minutesLocked(row, now)));
}
