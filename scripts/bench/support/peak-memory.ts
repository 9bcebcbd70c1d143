import { readFile } from "node:fs/promises";
import { inTree, processes } from "./cpu-usage";

// The resident memory of the Next.js server while it works, read from /proc every 50 ms: a
// streamed export should leave it flat, a buffered one grows with the rows.

const commandLine = (pid: number) =>
  readFile(`/proc/${pid}/cmdline`, "utf8").then(
    (text) => text.split("\0").join(" "),
    () => "",
  );

/**
 * The process under the launcher `rootPid` that renders pages: `next-server` under `next
 * start`, or scripts/serve.ts, which runs Next.js in its own process (decision 015).
 */
export async function nextServerPid(rootPid: number): Promise<number> {
  const tree = inTree(await processes(), rootPid);
  const named = tree.find((p) => p.name.startsWith("next-server"));
  if (named) return named.pid;
  for (const p of tree) if ((await commandLine(p.pid)).includes("scripts/serve.ts")) return p.pid;
  throw new Error(`no next-server or scripts/serve.ts process under pid ${rootPid}`);
}

/** VmRSS of `pid` in bytes. */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kib) throw new Error(`/proc/${pid}/status has no VmRSS`);
  return Number(kib) * 1024;
}

/** Samples `pid`'s resident memory until `stop()`, which gives the figure before and the peak. */
export async function watchMemory(pid: number, everyMs = 50) {
  const before = await residentBytes(pid);
  let peak = before;
  const timer = setInterval(() => {
    residentBytes(pid).then(
      (bytes) => (peak = Math.max(peak, bytes)),
      () => {},
    );
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      peak = Math.max(peak, await residentBytes(pid));
      return { before, peak, growth: peak - before };
    },
  };
}
