import { runBench } from "../../bench/support/run-bench";
import { failedChecks } from "./check";

/** Runs one scenario: its servers are stopped at the end, and a failed check fails the process. */
export async function runScenario(title: string, body: () => Promise<void>): Promise<void> {
  console.log(`\n=== ${title}`);
  await runBench(title, async () => {
    await body();
    const failed = failedChecks();
    if (failed) throw new Error(`${failed} check(s) failed`);
    console.log(`=== ${title}: every check passed`);
  });
  // A client's pool or timer left open must not keep a finished scenario running.
  process.exit(process.exitCode ?? 0);
}
