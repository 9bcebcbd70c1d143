// Throughput and tail latency of our public pages under 50 concurrent connections, beside an
// empty page served by the same Next.js (what we can hope for) and a bare node:http server
// sending our `/` from memory (what the machine can do). Our pages are measured twice: as
// served (the front door answers a prerendered page from memory for a few seconds,
// lib/server/page-cache.ts) and through Next.js (a query string is never cached), the
// figure earlier READMEs compared. The pages as served are also measured on a second site
// started with COUNT_VISITS=off, so the cost of counting views (decision 035) is a ratio of
// one run; `--counting` measures only those. Measures and prints; never asserts.
import autocannon from "autocannon";
import { EMPTY_DYNAMIC_PATH, startEmptyNextApp } from "./support/empty-next-app";
import { treeCpuSeconds } from "./support/cpu-usage";
import { fixed, reportTargets, table } from "./support/format";
import { BROWSER_AGENT, countedViews } from "./support/page-counts";
import { startRawServer } from "./support/raw-server";
import { isInterrupted, onCleanup, progress, runBench } from "./support/run-bench";
import { fetchRaw, optionValue, testimonialPath } from "./support/site-pages";
import { startSite, type Site } from "./support/start-site";

const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const TARGET_RATIO = 0.9;
/** Counting on ÷ counting off, the pages as served (issue 24). */
const COUNTING_TARGET_RATIO = 0.9;
/** The front door's page cache leaves any URL with a query string to Next.js. */
const UNCACHED_QUERY = "through-next";

type Target = { label: string; url: string; pid: number };
type Figures = {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** CPU seconds of the server's whole process tree per request, in µs: steadier than req/s. */
  cpuPerRequest: number;
  failures: number;
};

/** 2xx answers per site origin, warm-ups included: what its front door should have counted. */
const served = new Map<string, number>();

function run(url: string, seconds: number): Promise<autocannon.Result> {
  if (isInterrupted()) throw new Error("interrupted");
  return new Promise((resolve, reject) => {
    // As a browser: the front door counts no robot, and autocannon names no agent.
    const headers = { "user-agent": BROWSER_AGENT };
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: seconds, headers },
      (error, result) => {
        if (error) return reject(error);
        const origin = new URL(url).origin;
        served.set(origin, (served.get(origin) ?? 0) + result["2xx"]);
        resolve(result);
      },
    );
    // Stopping servers under load would wait for the load to end.
    onCleanup(async () => instance.stop());
  });
}

async function measure(target: Target, seconds: number): Promise<Figures> {
  const cpuBefore = await treeCpuSeconds(target.pid);
  const result = await run(target.url, seconds);
  const cpu = (await treeCpuSeconds(target.pid)) - cpuBefore;
  return {
    label: target.label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequest: (cpu * 1e6) / Math.max(1, result.requests.total),
    failures: result.errors + result.non2xx,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function medianOf(label: string, runs: Figures[]): Figures {
  const of = (key: "requestsPerSecond" | "p50" | "p99" | "cpuPerRequest") => median(runs.map((r) => r[key]));
  const failures = runs.reduce((sum, r) => sum + r.failures, 0);
  return {
    label,
    requestsPerSecond: of("requestsPerSecond"),
    p50: of("p50"),
    p99: of("p99"),
    cpuPerRequest: of("cpuPerRequest"),
    failures,
  };
}

/**
 * The targets take turns, round after round, and each figure is the median of its rounds: on
 * a shared 2-core machine one 10 s run of a target can be 15% off the next, and measuring
 * each target in one block would hand whatever the machine was doing then to that target.
 */
async function loadInTurns(targets: Target[], seconds: number, rounds: number): Promise<Figures[]> {
  for (const target of targets) {
    progress(`${target.label}: ${WARMUP_SECONDS} s warm-up (${target.url})`);
    await run(target.url, WARMUP_SECONDS);
  }
  const runs = new Map<string, Figures[]>(targets.map((t) => [t.label, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const figures = await measure(target, seconds);
      runs.get(target.label)!.push(figures);
      progress(
        `round ${round}/${rounds} ${target.label}: ${fixed(figures.requestsPerSecond)} req/s, p99 ${figures.p99} ms, ${fixed(figures.cpuPerRequest)} µs CPU/request`,
      );
    }
  }
  return targets.map((t) => medianOf(t.label, runs.get(t.label)!));
}

const figureRow = (f: Figures) => [
  f.label,
  fixed(f.requestsPerSecond),
  `${f.p50}`,
  `${f.p99}`,
  fixed(f.cpuPerRequest),
  `${f.failures}`,
];
const FIGURE_HEADER = ["target", "req/s", "p50 ms", "p99 ms", "server CPU µs/req", "errors+non-2xx"];
const ratio = (a: Figures, b: Figures) => a.requestsPerSecond / b.requestsPerSecond;
const cpuRatio = (a: Figures, b: Figures) => b.cpuPerRequest / a.cpuPerRequest;

/**
 * Counting on ÷ off for each page as served, and what each site's front door counted: all the
 * on site's pages (give or take those in flight when a run stopped), none of the off site's.
 */
async function reportCounting(pairs: [Figures, Figures][], on: Site, off: Site): Promise<string[]> {
  const rows = pairs.map(([counted, uncounted]) => [
    `${counted.label}: counting on ÷ off`,
    fixed(ratio(counted, uncounted), 3),
    fixed(cpuRatio(counted, uncounted), 3),
    `≥ ${COUNTING_TARGET_RATIO}`,
  ]);
  console.log(`\n${table(["ratio", "req/s", "requests per CPU second", "target (req/s)"], rows)}`);
  // The last counts reach page_counts within PAGE_COUNT_FLUSH_SECONDS (5).
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  const views = [
    ["counting on", fixed(served.get(new URL(on.url).origin) ?? 0), fixed(await countedViews(on.dataDir))],
    [
      "COUNT_VISITS=off",
      fixed(served.get(new URL(off.url).origin) ?? 0),
      fixed(await countedViews(off.dataDir)),
    ],
  ];
  console.log(`\n${table(["site", "pages served (2xx)", "views in page_counts"], views)}`);
  return pairs
    .filter(([counted, uncounted]) => ratio(counted, uncounted) < COUNTING_TARGET_RATIO)
    .map(
      ([counted, uncounted]) =>
        `${counted.label}: counting on is ${fixed(ratio(counted, uncounted), 3)} × counting off (target ≥ ${COUNTING_TARGET_RATIO})`,
    );
}

async function main() {
  const seconds = Number(optionValue(process.argv, "--duration") ?? 5);
  if (!(seconds > 0)) throw new Error("--duration must be a positive number of seconds");
  const rounds = Number(optionValue(process.argv, "--rounds") ?? 3);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds must be a positive whole number");
  const countingOnly = process.argv.includes("--counting");

  progress("Starting the site (scripts/start.ts start; builds first if sources changed)…");
  const site = await startSite();
  // After the first, so it finds the build current; the same build, counting nothing.
  progress("Starting the same site with COUNT_VISITS=off…");
  const uncounted = await startSite({ env: { COUNT_VISITS: "off" } });
  const voicePath = await testimonialPath(site.url, process.argv);
  const home = await fetchRaw(`${site.url}/`);
  const voice = await fetchRaw(`${site.url}${voicePath}`);
  progress(`Site up at ${site.url}, and without counting at ${uncounted.url}; testimonial page ${voicePath}`);

  const asServed: Target[] = [
    { label: "/", url: `${site.url}/`, pid: site.pid },
    { label: voicePath, url: `${site.url}${voicePath}`, pid: site.pid },
  ];
  const asServedUncounted: Target[] = [
    { label: "/ COUNT_VISITS=off", url: `${uncounted.url}/`, pid: uncounted.pid },
    { label: `${voicePath} COUNT_VISITS=off`, url: `${uncounted.url}${voicePath}`, pid: uncounted.pid },
  ];
  const heading = `\nPages under ${CONNECTIONS} connections: median of ${rounds} rounds of ${seconds} s, targets taking turns\n`;

  if (countingOnly) {
    const all = await loadInTurns([...asServed, ...asServedUncounted], seconds, rounds);
    const [ours, testimonial, oursOff, testimonialOff] = all as [Figures, Figures, Figures, Figures];
    console.log(heading);
    console.log(table(FIGURE_HEADER, all.map(figureRow)));
    const missed = await reportCounting(
      [
        [ours, oursOff],
        [testimonial, testimonialOff],
      ],
      site,
      uncounted,
    );
    reportTargets(missed);
    const failed = all.filter((f) => f.failures > 0);
    if (failed.length) throw new Error(`requests failed for ${failed.map((f) => f.label).join(", ")}`);
    return;
  }

  const empty = await startEmptyNextApp();
  progress(`Empty Next.js app up at ${empty.url}`);
  const raw = await startRawServer(`${site.url}/`);
  progress(`Raw node server up at ${raw.url} (${home.body.length} bytes, ${home.contentType})`);

  const targets: Target[] = [
    ...asServed,
    { label: `/ through Next.js`, url: `${site.url}/?${UNCACHED_QUERY}`, pid: site.pid },
    {
      label: `${voicePath} through Next.js`,
      url: `${site.url}${voicePath}?${UNCACHED_QUERY}`,
      pid: site.pid,
    },
    { label: "empty Next.js page", url: `${empty.url}/`, pid: empty.pid },
    { label: "empty Next.js page, [slug] route", url: `${empty.url}${EMPTY_DYNAMIC_PATH}`, pid: empty.pid },
    { label: "raw node:http, our / bytes", url: `${raw.url}/`, pid: raw.pid },
    ...asServedUncounted,
  ];
  const all = await loadInTurns(targets, seconds, rounds);
  const [
    ours,
    testimonial,
    oursViaNext,
    testimonialViaNext,
    emptyNext,
    emptyDynamic,
    rawNode,
    oursOff,
    testimonialOff,
  ] = all as [Figures, Figures, Figures, Figures, Figures, Figures, Figures, Figures, Figures];

  console.log(heading);
  console.log(table(FIGURE_HEADER, all.map(figureRow)));

  const ratios = [
    [
      `/ ÷ empty Next.js`,
      fixed(ratio(ours, emptyNext), 2),
      fixed(cpuRatio(ours, emptyNext), 2),
      `≥ ${TARGET_RATIO}`,
    ],
    [
      `${voicePath} ÷ empty Next.js`,
      fixed(ratio(testimonial, emptyNext), 2),
      fixed(cpuRatio(testimonial, emptyNext), 2),
      `≥ ${TARGET_RATIO}`,
    ],
    [
      `/ through Next.js ÷ empty Next.js`,
      fixed(ratio(oursViaNext, emptyNext), 2),
      fixed(cpuRatio(oursViaNext, emptyNext), 2),
      "reference: without the page cache",
    ],
    [
      `${voicePath} through Next.js ÷ empty Next.js`,
      fixed(ratio(testimonialViaNext, emptyNext), 2),
      fixed(cpuRatio(testimonialViaNext, emptyNext), 2),
      "reference: without the page cache",
    ],
    [
      `${voicePath} through Next.js ÷ empty [slug] page`,
      fixed(ratio(testimonialViaNext, emptyDynamic), 2),
      fixed(cpuRatio(testimonialViaNext, emptyDynamic), 2),
      "reference: like for like",
    ],
    [
      `empty [slug] ÷ empty page`,
      fixed(ratio(emptyDynamic, emptyNext), 2),
      fixed(cpuRatio(emptyDynamic, emptyNext), 2),
      "reference: the framework's own",
    ],
    [`/ ÷ raw node`, fixed(ratio(ours, rawNode), 3), fixed(cpuRatio(ours, rawNode), 3), "reference"],
    [
      `empty Next.js ÷ raw node`,
      fixed(ratio(emptyNext, rawNode), 3),
      fixed(cpuRatio(emptyNext, rawNode), 3),
      "reference, ~0.05-0.08",
    ],
  ];
  console.log(`\n${table(["ratio", "req/s", "requests per CPU second", "target (req/s)"], ratios)}`);
  const headers = [
    ["/", home.cacheControl],
    [voicePath, voice.cacheControl],
  ];
  console.log(`\n${table(["page", "Cache-Control"], headers)}`);

  const countingMissed = await reportCounting(
    [
      [ours, oursOff],
      [testimonial, testimonialOff],
    ],
    site,
    uncounted,
  );
  const missed = [ours, testimonial]
    .filter((f) => ratio(f, emptyNext) < TARGET_RATIO)
    .map(
      (f) =>
        `${f.label}: ${fixed(ratio(f, emptyNext), 2)} × the empty page's req/s (target ≥ ${TARGET_RATIO})`,
    );
  reportTargets([...missed, ...countingMissed]);

  const failed = all.filter((f) => f.failures > 0);
  if (failed.length) throw new Error(`requests failed for ${failed.map((f) => f.label).join(", ")}`);
}

await runBench("bench:pages", main);
