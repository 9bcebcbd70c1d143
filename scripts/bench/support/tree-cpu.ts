import { readdir, readFile } from "node:fs/promises";

// CPU seconds of a process tree that keeps counting what its exited processes used (a
// PostgreSQL backend whose connection closed, a worker that ended): each process's own time
// plus that of its children it has reaped.

const TICKS_PER_SECOND = 100;

type Stat = { pid: number; ppid: number; ticks: number };

async function stats(): Promise<Stat[]> {
  const pids = (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry));
  const texts = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")));
  return texts.flatMap((text) => {
    // After the command name (which may hold spaces): state, ppid, …, utime stime cutime cstime.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    if (fields.length < 15) return [];
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return [
      {
        pid: Number(text.split(" ")[0]),
        ppid: Number(fields[1]),
        ticks: utime! + stime! + cutime! + cstime!,
      },
    ];
  });
}

export async function treeCpuSecondsWithExited(rootPid: number): Promise<number> {
  const all = await stats();
  const pids = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!pids.has(p.pid) && pids.has(p.ppid)) grew = Boolean(pids.add(p.pid));
  }
  return all.filter((p) => pids.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0) / TICKS_PER_SECOND;
}
