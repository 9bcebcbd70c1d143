import { EventEmitter } from "node:events";
import { run, type Runner, type RunnerOptions, type WorkerEvents } from "graphile-worker";
import type { StartedRunner } from "./supervise-runner";
import { startLiveness, type Liveness } from "./worker-liveness";

// The ways a graphile-worker 0.17.3 pool ends, as seen from outside. It shuts itself down when
// it cannot record a finished job (a failJobs/completeJobs batch fails once: the database went
// away with jobs in hand). Its runner's promise then settles, except when two batches failed:
// their pending count goes below zero and the pool's last step waits for it forever. By then
// the pool's graceful shutdown has completed (its workers stopped, its local queue handed
// back), which is the moment it no longer holds any job.
const LET_GO_EVENTS = [
  "pool:gracefulShutdown:complete",
  "pool:gracefulShutdown:error",
  "pool:forcefulShutdown:complete",
  "pool:forcefulShutdown:error",
] as const;

/**
 * A graphile-worker runner and the liveness connection of its pool (worker-liveness.ts):
 * `done` settles once the pool has stopped holding jobs, whoever stopped it.
 */
export async function startWatchedRunner(
  options: RunnerOptions & { connectionString: string; logger: NonNullable<RunnerOptions["logger"]> },
): Promise<StartedRunner> {
  let liveness: Liveness | undefined;
  const events: WorkerEvents = new EventEmitter();
  // The pool's id is what its jobs are locked under; a crash leaves them locked.
  events.once("pool:create", ({ workerPool }) => {
    liveness = startLiveness({
      connectionString: options.connectionString,
      poolId: workerPool.id,
      logger: options.logger,
    });
  });
  const letGo = new Promise<void>((resolve) => {
    for (const name of LET_GO_EVENTS) (events as EventEmitter).once(name, () => resolve());
  });

  let runner: Runner;
  try {
    runner = await run({ ...options, events });
  } catch (error) {
    await liveness?.stop();
    throw error;
  }
  let poolGone = false;
  const done = Promise.race([runner.promise, letGo]).finally(() => (poolGone = true));
  let stopping: Promise<void> | undefined;
  return {
    done,
    stop: () =>
      (stopping ??= (async () => {
        // A pool that let go of its jobs by itself may have a runner that never finishes (above),
        // and one that finished refuses stop(): its cleanup (closing its connections) goes on alone.
        if (poolGone) void runner.stop().catch(() => {});
        else await runner.stop();
        await liveness?.stop();
      })()),
  };
}
