// What must finish before the process exits on SIGTERM: the HTTP server's requests in flight
// (scripts/serve.ts) and the email the in-app worker is sending (lib/jobs/start-in-app-worker.ts).
// They live in different module graphs (the launcher's server and Next.js's bundle), so they
// meet on a process-wide registry; serve.ts, when it runs, is the one that exits.

type Registry = { tasks: Promise<unknown>[]; coordinator: boolean };

const KEY = Symbol.for("pro-bono-volunteers.shutdown-tasks");

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  return (holder[KEY] ??= { tasks: [], coordinator: false });
}

/** Called by the process's HTTP server: it exits once every task registered has ended. */
export function coordinateShutdown(): void {
  registry().coordinator = true;
}

/** A task stopping on the signal; returns whether another part of the process exits for it. */
export function addShutdownTask(task: Promise<unknown>): boolean {
  const current = registry();
  current.tasks.push(task);
  return current.coordinator;
}

/** Every task registered so far (including any registered on this same signal), settled. */
export async function shutdownTasksSettled(): Promise<void> {
  // The signal's other listeners run in the same tick; let them register first.
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.allSettled(registry().tasks);
}
