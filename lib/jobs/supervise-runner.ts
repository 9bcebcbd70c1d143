import type { Logger } from "graphile-worker";

// graphile-worker 0.17 shuts its pool down for good when it cannot record a finished job (the
// database went away with jobs in hand, watched-runner.ts) and nothing starts it again. This
// keeps one runner going: when one ends without stop() having been called, it starts a new
// one after a pause that doubles from 1 s up to 30 s (decision 023).

/** A started runner and what belongs to it; `done` settles when it has stopped for any reason. */
export type StartedRunner = { done: Promise<unknown>; stop(): Promise<void> };

export type RestartBackoff = {
  firstMs: number;
  maxMs: number;
  /** A runner that lasted this long was healthy: the next pause starts again from firstMs. */
  healthyAfterMs: number;
};

export const DEFAULT_BACKOFF: RestartBackoff = { firstMs: 1000, maxMs: 30_000, healthyAfterMs: 60_000 };

export type SupervisedRunner = { stop(): Promise<void> };

/** Starts a runner (an error starting the first one reaches the caller) and keeps one running. */
export async function superviseRunner(
  start: () => Promise<StartedRunner>,
  options: { logger: Logger; backoff?: RestartBackoff },
): Promise<SupervisedRunner> {
  const { logger } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let stopped = false;
  let delay = backoff.firstMs;
  let restartTimer: NodeJS.Timeout | undefined;

  const scheduleRestart = (line: string) => {
    logger.warn(`${line}; starting it again in ${delay / 1000} s`);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      current = start().then(watch, (error: unknown) => {
        if (!stopped) scheduleRestart(`Email worker could not start (${errorCode(error)})`);
        return undefined;
      });
    }, delay);
    delay = Math.min(delay * 2, backoff.maxMs);
  };

  const watch = (runner: StartedRunner): StartedRunner => {
    const startedAt = Date.now();
    const ended = async () => {
      if (stopped) return;
      // Its pool is gone: release what it still holds (its liveness connection), so the jobs
      // it had locked are taken back by the next pool's sweep.
      const released = runner.stop().catch(() => {});
      current = released.then(() => undefined);
      await released;
      if (stopped) return;
      if (Date.now() - startedAt >= backoff.healthyAfterMs) delay = backoff.firstMs;
      scheduleRestart("Email worker stopped unexpectedly");
    };
    void runner.done.then(ended, ended);
    return runner;
  };

  let current: Promise<StartedRunner | undefined> = Promise.resolve(watch(await start()));
  return {
    async stop() {
      stopped = true;
      clearTimeout(restartTimer);
      const runner = await current;
      await runner?.stop();
    },
  };
}

/** A short, address-free reason: a connection error's code, not its message. */
function errorCode(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return typeof code === "string" ? code : typeof name === "string" ? name : "unknown error";
}
