import { progress } from "../../bench/support/run-bench";

// Each scenario says what it did (`step`) and what it verified (`check`); a failed check is
// printed and counted, and the scenario exits non-zero at the end (runScenario).

let failures = 0;

export const step = (line: string) => progress(line);

export function check(ok: boolean, what: string, detail?: string): boolean {
  if (!ok) failures += 1;
  console.log(`  ${ok ? "PASS" : "FAIL"} ${what}${detail ? ` (${detail})` : ""}`);
  return ok;
}

export function failedChecks(): number {
  return failures;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns true or `timeoutMs` passes; returns whether it did. */
export async function waitFor(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 250,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return true;
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
}
