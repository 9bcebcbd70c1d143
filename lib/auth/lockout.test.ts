import { describe, expect, it } from "vitest";
import {
  accountRule,
  afterFailure,
  clientRule,
  lockoutKeys,
  minutesLocked,
  type LockoutState,
} from "./lockout";

const policy = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };
const client = clientRule(policy);
const account = accountRule(policy);
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 28, 12, 0) + minutes * 60_000);

function fail(times: number, state: LockoutState | null, minute: number, rule = client) {
  for (let i = 0; i < times; i++) state = afterFailure(state, rule, at(minute));
  return state!;
}

const pauseLength = (state: LockoutState, minute: number) =>
  (state.lockedUntil!.getTime() - at(minute).getTime()) / 60_000;

describe("the pause for one client", () => {
  it("pauses for 15 minutes at the fifth failure within 15 minutes, not before", () => {
    expect(fail(4, null, 0).lockedUntil).toBeNull();
    const locked = fail(5, null, 0);
    expect(locked.lockedUntil).toEqual(at(15));
    expect(minutesLocked(locked, at(1))).toBe(14);
    expect(minutesLocked(locked, at(15))).toBe(0);
  });

  it("starts counting again once the window has passed", () => {
    const four = fail(4, null, 0);
    expect(afterFailure(four, client, at(16)).failures).toBe(1);
  });

  it("doubles each pause in a row, up to a day at most", () => {
    let state: LockoutState | null = null;
    const lengths: number[] = [];
    for (let round = 0; round < 10; round++) {
      // Each round starts as the last pause ends: the pauses are "in a row".
      const start = state?.lockedUntil ? (state.lockedUntil.getTime() - at(0).getTime()) / 60_000 : 0;
      state = fail(5, state, start);
      lengths.push(pauseLength(state, start));
    }
    expect(lengths).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440]);
  });

  it("forgets earlier pauses 12 hours after the last one ended: five a day never grow", () => {
    let state: LockoutState | null = null;
    for (let day = 0; day < 7; day++) {
      state = fail(5, state, day * 24 * 60 + day);
      expect(pauseLength(state, day * 24 * 60 + day)).toBe(15);
    }
  });
});

describe("the pause of an account from every client", () => {
  it("comes only at ten times the failures, lasts 15 minutes at most and never grows", () => {
    expect(fail(49, null, 0, account).lockedUntil).toBeNull();
    let state = fail(50, null, 0, account);
    expect(pauseLength(state, 0)).toBe(15);
    state = fail(50, state, 15, account);
    expect(pauseLength(state, 15)).toBe(15);
    const longPolicy = accountRule({ maxFailures: 5, windowMinutes: 60, lockMinutes: 120 });
    expect(pauseLength(fail(50, null, 0, longPolicy), 0)).toBe(15);
  });

  it("decays: failures spread over more than the window never add up to a pause", () => {
    let state: LockoutState | null = null;
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      // Three a minute from many clients is 45 a window: under the account's 50.
      state = fail(3, state, minute, account);
      if (state.lockedUntil) break;
    }
    expect(state!.lockedUntil).toBeNull();
  });
});

describe("the keys", () => {
  it("give each client of an account its own key under the account's, the same for any spelling of the email", () => {
    const secret = Buffer.alloc(32, 7);
    const one = lockoutKeys("Ana@Example.org ", "192.0.2.1", secret);
    const other = lockoutKeys("ana@example.org", "2001:db8:1:2::/64", secret);
    expect(one.account).toBe(other.account);
    expect(one.client).not.toBe(other.client);
    expect(one.client.startsWith(`${one.account}:`)).toBe(true);
    expect(one.client).not.toContain("192.0.2.1");
    expect(one.account).not.toContain("ana");
  });
});
