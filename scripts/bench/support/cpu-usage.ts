import { readdir, readFile } from "node:fs/promises";

// Where the CPU goes during a run: /proc ticks of every process under the launcher, grouped
// by name (next-server, postgres backends, the launcher with its mail catcher).

type Sample = { at: number; ticks: Map<string, number> };

const TICKS_PER_SECOND = 100;

const GROUPS = ["next-server", "  of which its main thread", "postgres", "launcher (+mail)", "bench client"];

export async function processes(
  dir = "/proc",
): Promise<{ pid: number; ppid: number; name: string; ticks: number }[]> {
  const pids = (await readdir(dir)).filter((entry) => /^\d+$/.test(entry));
  const stats = await Promise.all(pids.map((pid) => readFile(`${dir}/${pid}/stat`, "utf8").catch(() => "")));
  return stats.flatMap((stat) => {
    const match = /^(\d+) \((.*)\) \S+ (\d+)((?: \S+){9}) (\d+) (\d+)/.exec(stat);
    if (!match) return [];
    const [, pid, name, ppid, , utime, stime] = match;
    return [{ pid: Number(pid), ppid: Number(ppid), name: name!, ticks: Number(utime) + Number(stime) }];
  });
}

const group = (name: string) =>
  name.startsWith("next-server")
    ? "next-server"
    : name.startsWith("postgres")
      ? "postgres"
      : "launcher (+mail)";

/** Busy ticks of the whole machine (all cores), from the first line of /proc/stat. */
async function machineTicks(): Promise<number> {
  const [user, nice, system, , , irq, softirq, steal] = (await readFile("/proc/stat", "utf8"))
    .split("\n")[0]!
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

export function inTree<P extends { pid: number; ppid: number }>(all: P[], rootPid: number): P[] {
  const pids = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!pids.has(p.pid) && pids.has(p.ppid)) grew = Boolean(pids.add(p.pid));
  }
  return all.filter((p) => pids.has(p.pid));
}

/** CPU seconds used so far by a process and all its descendants. */
export async function treeCpuSeconds(rootPid: number): Promise<number> {
  const ticks = inTree(await processes(), rootPid).reduce((sum, p) => sum + p.ticks, 0);
  return ticks / TICKS_PER_SECOND;
}

export async function sampleCpu(rootPid: number): Promise<Sample> {
  const [all, machine] = await Promise.all([processes(), machineTicks()]);
  const ticks = new Map<string, number>();
  for (const p of inTree(all, rootPid)) {
    ticks.set(group(p.name), (ticks.get(group(p.name)) ?? 0) + p.ticks);
    // Node runs JavaScript on one thread: that thread at 1.0 is the ceiling.
    if (group(p.name) === "next-server") {
      const main = (await processes(`/proc/${p.pid}/task`)).find((thread) => thread.pid === p.pid);
      ticks.set(GROUPS[1]!, (ticks.get(GROUPS[1]!) ?? 0) + (main?.ticks ?? 0));
    }
  }
  const own = process.cpuUsage();
  ticks.set("bench client", ((own.user + own.system) / 1e6) * TICKS_PER_SECOND);
  ticks.set("whole machine", machine);
  return { at: performance.now(), ticks };
}

/** Cores used by each group between two samples (1.0 = one core busy the whole time). */
export function coresUsed(before: Sample, after: Sample): [string, number][] {
  const seconds = (after.at - before.at) / 1000;
  const cores = (name: string) =>
    ((after.ticks.get(name) ?? 0) - (before.ticks.get(name) ?? 0)) / TICKS_PER_SECOND / seconds;
  const ours = GROUPS.filter((name) => !name.startsWith(" ")).reduce((sum, name) => sum + cores(name), 0);
  // Anything else busy on the machine (tests, builds) skews the figures.
  const others: [string, number] = ["other processes", cores("whole machine") - ours];
  return [...GROUPS.map((name): [string, number] => [name, cores(name)]), others];
}
