import { readFile } from "node:fs/promises";
import { inTree, processes } from "./cpu-usage";

// Resident memory of the launcher's whole process tree (launcher, mail catcher, Next.js,
// PostgreSQL and its backends), grouped like the CPU figures. RSS counts PostgreSQL's shared
// buffers once in every backend that touched them, so PSS (shared pages split between the
// processes sharing them) is given too: it is the figure that adds up.

export type TreeMemory = { rss: number; pss: number; nodeRss: number; postgresRss: number };

const field = (text: string, name: string) =>
  Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0) * 1024;

/** RSS and PSS in bytes; a process that exits while being read counts for nothing. */
export async function treeMemory(rootPid: number): Promise<TreeMemory> {
  const tree = inTree(await processes(), rootPid);
  const memory: TreeMemory = { rss: 0, pss: 0, nodeRss: 0, postgresRss: 0 };
  await Promise.all(
    tree.map(async (p) => {
      const [status, rollup] = await Promise.all([
        readFile(`/proc/${p.pid}/status`, "utf8").catch(() => ""),
        readFile(`/proc/${p.pid}/smaps_rollup`, "utf8").catch(() => ""),
      ]);
      const rss = field(status, "VmRSS");
      memory.rss += rss;
      memory.pss += field(rollup, "Pss");
      if (p.name.startsWith("postgres")) memory.postgresRss += rss;
      else memory.nodeRss += rss;
    }),
  );
  return memory;
}
