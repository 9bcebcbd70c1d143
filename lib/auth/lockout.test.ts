import { describe, expect, it } from "vitest";
import { afterFailure, MAX_LOCK_MINUTES, minutesLocked, type LockoutState } from "./lockout";

const policy = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 28, 12, 0) + minutes * 60_000);

function fail(times: number, state: LockoutState | null, minute: number) {
  for (let i = 0; i < times; i++) state = afterFailure(state, policy, at(minute));
  return state!;
}

describe("the sign-in lockout", () => {
  it("locks for 15 minutes at the fifth failure within 15 minutes, not before", () => {
    expect(fail(4, null, 0).lockedUntil).toBeNull();
    const locked = fail(5, null, 0);
    expect(locked.lockedUntil).toEqual(at(15));
    expect(minutesLocked(locked, at(1))).toBe(14);
    expect(minutesLocked(locked, at(15))).toBe(0);
  });

  it("starts counting again once the window has passed", () => {
    const four = fail(4, null, 0);
    expect(afterFailure(four, policy, at(16)).failures).toBe(1);
  });

  it("doubles each lockout in a row, up to a day at most: never for good", () => {
    let state: LockoutState | null = null;
    const lengths: number[] = [];
    for (let round = 0; round < 10; round++) {
      const start = round * 10_000;
      state = fail(5, state, start);
      lengths.push((state.lockedUntil!.getTime() - at(start).getTime()) / 60_000);
    }
    expect(lengths.slice(0, 4)).toEqual([15, 30, 60, 120]);
    expect(Math.max(...lengths)).toBe(MAX_LOCK_MINUTES);
  });
});
