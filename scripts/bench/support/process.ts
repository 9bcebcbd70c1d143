import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onCleanup } from "./run-bench";

export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next");

/** A server started for a benchmark; runBench stops it at the end. `pid` roots its process tree. */
export type Service = { url: string; pid: number };

export type Spawned = { child: ChildProcess; name: string; outputTail(): string };

type SpawnOptions = { cwd: string; env?: Record<string, string>; graceMs?: number };

/**
 * Output is kept, not shown: the benchmark's own lines stay readable, and a failure shows the
 * tail. The process is stopped at cleanup, before anything registered earlier (its folders).
 */
export function spawnQuiet(name: string, command: string, args: string[], options: SpawnOptions): Spawned {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  onCleanup(() => stopProcess(child, options.graceMs));
  const outputTail = () => output.trimEnd().split("\n").slice(-25).join("\n");
  return { child, name, outputTail };
}

export function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? 1);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

export async function runToEnd(name: string, command: string, args: string[], options: SpawnOptions) {
  const spawned = spawnQuiet(name, command, args, options);
  const code = await exited(spawned.child);
  if (code !== 0) throw new Error(`${name} exited with code ${code}:\n${spawned.outputTail()}`);
}

/** Polls until `url` answers 200; fails early, with the process's output, if the process dies. */
export async function waitUntilOk(spawned: Spawned, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (spawned.child.exitCode !== null || spawned.child.signalCode !== null) {
      throw new Error(`${spawned.name} exited before ${url} answered:\n${spawned.outputTail()}`);
    }
    const status = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s:\n${spawned.outputTail()}`);
}

/** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited(child);
  clearTimeout(timer);
}
