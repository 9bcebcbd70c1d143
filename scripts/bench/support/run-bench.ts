// Every server a benchmark starts registers how to stop it as soon as it is spawned, so an
// error or Ctrl-C halfway through a long build still stops it and removes its temp folder.
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;
let interruptedAt = 0;

export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      await fn().catch((error: unknown) => console.error(`Cleanup failed: ${messageOf(error)}`));
    }
  })();
  return cleaning;
}

export function isInterrupted(): boolean {
  return interruptedAt > 0;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function progress(line: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

export async function runBench(name: string, body: () => Promise<void>): Promise<void> {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // Ctrl-C reaches us twice under `tsx`: from the terminal and relayed by tsx's parent.
      if (interruptedAt && Date.now() - interruptedAt < 1_000) return;
      if (interruptedAt) process.exit(130);
      interruptedAt = Date.now();
      console.error(`\n${name}: interrupted; stopping the servers it started (again to force)…`);
      void cleanUp().then(() => process.exit(130));
    });
  }
  try {
    await body();
  } catch (error) {
    process.exitCode = 1;
    // After Ctrl-C the servers being stopped make the steps fail; that is not news.
    if (!isInterrupted()) console.error(`${name} failed: ${messageOf(error)}`);
  } finally {
    await cleanUp();
  }
}
