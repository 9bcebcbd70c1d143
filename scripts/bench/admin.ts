// The staff pages at volume, against a production build on a fresh database of 100,000
// synthetic signups with their onboarding steps (db:seed:volume): the dashboard and its
// pipeline, the list under five typical filters, a search and four of the pipeline's views,
// the record page, a bulk status change and a message queued to 10,000 of them, and
// the export of every row with the server's memory growth. Sequential
// requests from a signed-in reviewer, time to the last byte. Prints the targets beside the
// figures and which are missed; never asserts.
import os from "node:os";
import pg from "pg";
import { seedVolume } from "../../lib/dev/volume-seed";
import { treeCpuSecondsWithExited as treeCpuSeconds } from "./support/tree-cpu";
import { fixed, reportTargets, table } from "./support/format";
import { nextServerPid, watchMemory } from "./support/peak-memory";
import { percentile } from "./support/post-load";
import { onCleanup, progress, runBench } from "./support/run-bench";
import { optionValue } from "./support/site-pages";
import { readRuntime } from "./support/signup-store";
import { signedInStaff } from "./support/staff-session";
import { SITE_URL, startSite } from "./support/start-site";
import {
  addTemplate,
  assignRowsTo,
  BULK_ROWS,
  timeBulkStatus,
  timeSendToView,
  type ActionTiming,
} from "./support/coordinator-actions";

const TARGETS = {
  dashboardP95: 150,
  listP95: 150,
  detailP95: 50,
  bulkStatusMs: 3_000,
  queueMessageMs: 5_000,
  exportSeconds: 10,
  exportGrowthMb: 150,
};
const MB = 1024 * 1024;
const number = new Intl.NumberFormat("en-US");

function wholeNumber(name: string, fallback: number, min = 1): number {
  const value = Number(optionValue(process.argv, name) ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return value;
}

/** Milliseconds per request, sorted; CPU ms per request of the server's process tree (Node.js and PostgreSQL). */
type Timing = { ms: number[]; cpuMs: number; failures: string[] };

async function timedGet(url: string, cookie: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/**
 * Each URL in turn, one request at a time; the first `warmup` are not counted. The server's
 * CPU time per request is the steadier figure on a busy machine, where waiting for a core
 * inflates every latency.
 */
async function timeAll(urls: string[], cookie: string, warmup: number, serverPid: number): Promise<Timing> {
  const timing: Timing = { ms: [], cpuMs: NaN, failures: [] };
  let cpuBefore = 0;
  for (const [index, url] of urls.entries()) {
    if (index === warmup) cpuBefore = await treeCpuSeconds(serverPid);
    const { ms, status } = await timedGet(url, cookie);
    if (status !== 200) timing.failures.push(`HTTP ${status}`);
    else if (index >= warmup) timing.ms.push(ms);
  }
  timing.cpuMs = (((await treeCpuSeconds(serverPid)) - cpuBefore) * 1000) / (urls.length - warmup);
  timing.ms.sort((a, b) => a - b);
  return timing;
}

const LIST_VIEWS = (year: number) => [
  { label: "role attorney, status new", query: "role=attorney&status=new" },
  { label: "language Spanish", query: "language=spanish" },
  { label: "case type: detention bond", query: "type=detention_bond" },
  { label: `unassigned, Jan–Mar ${year}`, query: `assignee=none&from=${year}-01-01&to=${year}-03-31` },
  { label: "needs supervision", query: "supervision=yes" },
  { label: "search: a surname (García)", query: `q=${encodeURIComponent("García")}` },
  // The onboarding pipeline's counts open these (issue 23).
  { label: "ready interpreters", query: "role=interpreter&readiness=ready" },
  { label: "stalled", query: "readiness=stalled" },
  { label: "expiring in 30 days", query: "readiness=expiring" },
  { label: "attorneys missing the conflict check", query: "role=attorney&missingStep=conflictCheck" },
];

async function exportAll(url: string, cookie: string, pid: number, rootPid: number) {
  const memory = await watchMemory(pid);
  const cpuBefore = await treeCpuSeconds(rootPid);
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  let bytes = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    bytes += read.value.byteLength;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (await treeCpuSeconds(rootPid)) - cpuBefore;
  return { status: response.status, seconds, cpuSeconds, bytes, ...(await memory.stop()) };
}

async function main() {
  const signups = wholeNumber("--signups", 100_000);
  const requests = wholeNumber("--requests", 50);
  const warmup = wholeNumber("--warmup", 5, 0);
  // `--only export`: just the export (and the seed it needs), when tuning it.
  const only = optionValue(process.argv, "--only");
  if (only !== undefined && only !== "export") throw new Error("--only takes: export");
  const loadAtStart = os.loadavg()[0]!;
  // The launcher would use that database, and the bench adds 100,000 made-up signups to it.
  if (process.env.DATABASE_URL)
    throw new Error("unset DATABASE_URL: bench:admin seeds a fresh embedded database");

  progress("Starting the site (scripts/start.ts start; builds first if sources changed)…");
  const site = await startSite();
  const { databaseUrl } = await readRuntime(site.dataDir);
  progress(`Site up at ${site.url}; adding ${number.format(signups)} signups (db:seed:volume)…`);
  const seedStarted = performance.now();
  await seedVolume(databaseUrl, {
    count: signups,
    onProgress: (done, _, step) => {
      if (step === "analyze") progress("  VACUUM ANALYZE");
      else if (done % 20_000 === 0) progress(`  ${number.format(done)} signups`);
    },
  });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  onCleanup(() => client.end());
  // The seed leaves hundreds of megabytes of dirty pages: write them now, not while measuring.
  await client.query("CHECKPOINT");
  progress(`Seeded in ${fixed(seedSeconds, 1)} s; signing in a reviewer…`);
  const reviewer = "bench.reviewer@example.org";
  const cookie = await signedInStaff(site, databaseUrl, { email: reviewer, role: "reviewer" });

  const { rows: picked } = await client.query<{ id: string }>(
    "SELECT id FROM signups ORDER BY random() LIMIT $1",
    [warmup + requests],
  );

  const dashboard = await timeAll(
    Array(only ? 0 : warmup + requests).fill(`${site.url}/admin`),
    cookie,
    warmup,
    site.pid,
  );
  if (!only) progress(`dashboard: p95 ${fixed(percentile(dashboard.ms, 0.95))} ms`);

  const year = new Date().getUTCFullYear() - 1;
  const lists = [];
  for (const view of only ? [] : LIST_VIEWS(year)) {
    const url = `${site.url}/admin/signups?${view.query}`;
    const timing = await timeAll(Array(warmup + requests).fill(url), cookie, warmup, site.pid);
    progress(`list ${view.label}: p95 ${fixed(percentile(timing.ms, 0.95))} ms`);
    lists.push({ ...view, timing });
  }
  const detail = await timeAll(
    (only ? [] : picked).map((row) => `${site.url}/admin/signups/${row.id}`),
    cookie,
    warmup,
    site.pid,
  );
  if (!only) progress(`record page: p95 ${fixed(percentile(detail.ms, 0.95))} ms`);

  let bulk: ActionTiming | null = null;
  let queued: ActionTiming | null = null;
  if (!only) {
    await assignRowsTo(client, reviewer, BULK_ROWS);
    const staffSite = { url: site.url, origin: new URL(SITE_URL).origin, cookie };
    progress(`Changing the status of ${number.format(BULK_ROWS)} signups in one bulk action…`);
    bulk = await timeBulkStatus(staffSite);
    progress(`Queuing a message to the same ${number.format(BULK_ROWS)}…`);
    queued = await timeSendToView(staffSite, await addTemplate(client));
  }

  const pid = await nextServerPid(site.pid);
  // A small export first, so the full one does not pay for loading the route's code.
  await exportAll(`${site.url}/admin/signups/export?q=zzzz`, cookie, pid, site.pid);
  progress("Exporting every signup…");
  const exported = await exportAll(`${site.url}/admin/signups/export`, cookie, pid, site.pid);
  const { rows: audited } = await client.query<{ rows: number | null }>(
    "SELECT (detail->>'rows')::int AS rows FROM audit_events WHERE action = 'signups_exported' ORDER BY id DESC LIMIT 1",
  );
  const exportedRows = audited[0]?.rows ?? null;

  const missed: string[] = [];
  const row = (label: string, timing: Timing, target: number) => {
    const p95 = percentile(timing.ms, 0.95);
    const failed = timing.failures.length > 0;
    if (failed) missed.push(`${label}: ${timing.failures.length} failed requests (${timing.failures[0]})`);
    else if (!(p95 < target)) missed.push(`${label}: p95 ${fixed(p95)} ms (target < ${target} ms)`);
    return [
      label,
      failed ? "-" : fixed(percentile(timing.ms, 0.5)),
      failed ? timing.failures[0]! : fixed(p95),
      `< ${target}`,
      fixed(timing.cpuMs),
    ];
  };
  if (!only) {
    const pageRows = [
      row("dashboard /admin", dashboard, TARGETS.dashboardP95),
      ...lists.map((list) => row(`list: ${list.label}`, list.timing, TARGETS.listP95)),
      row("record page /admin/signups/[id]", detail, TARGETS.detailP95),
    ];
    console.log(
      `\nStaff pages over ${number.format(signups)} signups (seeded in ${fixed(seedSeconds, 1)} s): ` +
        `${requests} sequential requests each after ${warmup} warm-up, time to the last byte\n`,
    );
    console.log(table(["page", "p50 ms", "p95 ms", "target p95 ms", "server CPU ms/request"], pageRows));
    const actionRow = (label: string, timing: ActionTiming | null, target: number) => {
      if (!timing || timing.failure) missed.push(`${label}: ${timing?.failure ?? "not run"}`);
      else if (!(timing.applyMs < target))
        missed.push(`${label}: ${fixed(timing.applyMs)} ms (target < ${target} ms)`);
      return [
        label,
        timing ? number.format(timing.applied) : "-",
        timing ? fixed(timing.reviewMs) : "-",
        timing?.failure ?? fixed(timing?.applyMs ?? NaN),
        `< ${target}`,
      ];
    };
    console.log(
      `\nBulk actions from the list (the view "assigned to me", ${number.format(BULK_ROWS)} signups), through the server actions\n`,
    );
    console.log(
      table(
        ["action", "rows", "review ms", "apply ms", "target apply ms"],
        [
          actionRow("status → contacted", bulk, TARGETS.bulkStatusMs),
          actionRow("queue a message", queued, TARGETS.queueMessageMs),
        ],
      ),
    );
  }

  const growthMb = exported.growth / MB;
  const exportFailed = exported.status !== 200;
  if (exportFailed) missed.push(`export: HTTP ${exported.status}`);
  else {
    if (!(exported.seconds < TARGETS.exportSeconds))
      missed.push(`export: ${fixed(exported.seconds, 1)} s (target < ${TARGETS.exportSeconds} s)`);
    if (!(growthMb < TARGETS.exportGrowthMb))
      missed.push(`export: memory grew ${fixed(growthMb)} MB (target < ${TARGETS.exportGrowthMb} MB)`);
  }
  const exportRows = [
    [
      "export, no filter",
      exportFailed ? `HTTP ${exported.status}` : fixed(exported.seconds, 1),
      fixed(exported.cpuSeconds, 1),
      fixed(growthMb, 1),
      fixed(exported.before / MB),
      fixed(exported.bytes / MB, 1),
      exportedRows === null ? "?" : number.format(exportedRows),
    ],
  ];
  console.log(
    `\n${table(["export", "seconds", "server CPU s", "RSS growth MB", "RSS before MB", "file MB", "rows (audit)"], exportRows)}`,
  );
  console.log(
    `\nTargets: dashboard p95 < ${TARGETS.dashboardP95} ms, list and search p95 < ${TARGETS.listP95} ms, record p95 < ${TARGETS.detailP95} ms, ` +
      `bulk status ${number.format(BULK_ROWS)} < ${TARGETS.bulkStatusMs} ms, message to ${number.format(BULK_ROWS)} < ${TARGETS.queueMessageMs} ms, ` +
      `export < ${TARGETS.exportSeconds} s growing < ${TARGETS.exportGrowthMb} MB. ` +
      `Load average (1 min) at start ${fixed(loadAtStart, 1)}, at end ${fixed(os.loadavg()[0]!, 1)} on ${os.cpus().length} cores.`,
  );
  reportTargets(missed);
}

await runBench("bench:admin", main);
