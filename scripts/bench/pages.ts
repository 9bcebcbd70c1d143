// Throughput and tail latency of our public pages under 50 concurrent connections, beside an
// empty page served by the same Next.js (what we can hope for) and a bare node:http server
// sending our `/` from memory (what the machine can do). Measures and prints; never asserts.
import autocannon from "autocannon";
import { startEmptyNextApp } from "./support/empty-next-app";
import { fixed, reportTargets, table } from "./support/format";
import { startRawServer } from "./support/raw-server";
import { isInterrupted, onCleanup, progress, runBench } from "./support/run-bench";
import { fetchRaw, optionValue, testimonialPath } from "./support/site-pages";
import { startSite } from "./support/start-site";

const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const TARGET_RATIO = 0.9;

type Figures = { label: string; requestsPerSecond: number; p50: number; p99: number; failures: number };

function run(url: string, seconds: number): Promise<autocannon.Result> {
  if (isInterrupted()) throw new Error("interrupted");
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    // Stopping servers under load would wait for the load to end.
    onCleanup(async () => instance.stop());
  });
}

async function load(label: string, url: string, seconds: number): Promise<Figures> {
  progress(`${label}: ${WARMUP_SECONDS} s warm-up, then ${seconds} s at ${CONNECTIONS} connections (${url})`);
  await run(url, WARMUP_SECONDS);
  const result = await run(url, seconds);
  const figures = {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.non2xx,
  };
  progress(`${label}: ${fixed(figures.requestsPerSecond)} req/s, p99 ${figures.p99} ms`);
  return figures;
}

async function main() {
  const duration = Number(optionValue(process.argv, "--duration") ?? 10);
  if (!(duration > 0)) throw new Error("--duration must be a positive number of seconds");

  progress("Starting the site (scripts/start.ts start; builds first if sources changed)…");
  const site = await startSite();
  const voicePath = await testimonialPath(site.url, process.argv);
  const home = await fetchRaw(`${site.url}/`);
  const voice = await fetchRaw(`${site.url}${voicePath}`);
  progress(`Site up at ${site.url}; testimonial page ${voicePath}`);
  const empty = await startEmptyNextApp();
  progress(`Empty Next.js app up at ${empty.url}`);
  const raw = await startRawServer(`${site.url}/`);
  progress(`Raw node server up at ${raw.url} (${home.body.length} bytes, ${home.contentType})`);

  const ours = await load("/", `${site.url}/`, duration);
  const testimonial = await load(voicePath, `${site.url}${voicePath}`, duration);
  const emptyNext = await load("empty Next.js page", `${empty.url}/`, duration);
  const rawNode = await load("raw node:http, our / bytes", `${raw.url}/`, duration);
  const all = [ours, testimonial, emptyNext, rawNode];

  console.log(`\nPages under ${CONNECTIONS} connections, ${duration} s each\n`);
  const rows = all.map((f) => [f.label, fixed(f.requestsPerSecond), `${f.p50}`, `${f.p99}`, `${f.failures}`]);
  console.log(table(["target", "req/s", "p50 ms", "p99 ms", "errors+non-2xx"], rows));

  const ratio = (a: Figures, b: Figures) => a.requestsPerSecond / b.requestsPerSecond;
  const ratios = [
    [`/ ÷ empty Next.js`, fixed(ratio(ours, emptyNext), 2), `≥ ${TARGET_RATIO}`],
    [`${voicePath} ÷ empty Next.js`, fixed(ratio(testimonial, emptyNext), 2), `≥ ${TARGET_RATIO}`],
    [`/ ÷ raw node`, fixed(ratio(ours, rawNode), 3), "reference"],
    [`empty Next.js ÷ raw node`, fixed(ratio(emptyNext, rawNode), 3), "reference, ~0.05-0.08"],
  ];
  console.log(`\n${table(["ratio of req/s", "value", "target"], ratios)}`);
  const headers = [
    ["/", home.cacheControl],
    [voicePath, voice.cacheControl],
  ];
  console.log(`\n${table(["page", "Cache-Control"], headers)}`);

  const missed = [ours, testimonial]
    .filter((f) => ratio(f, emptyNext) < TARGET_RATIO)
    .map(
      (f) =>
        `${f.label}: ${fixed(ratio(f, emptyNext), 2)} × the empty page's req/s (target ≥ ${TARGET_RATIO})`,
    );
  reportTargets(missed);

  const failed = all.filter((f) => f.failures > 0);
  if (failed.length) throw new Error(`requests failed for ${failed.map((f) => f.label).join(", ")}`);
}

await runBench("bench:pages", main);
