// Signups per second and POST latency for the signup form posted as a browser without JavaScript
// would (the server action), against a production build; then, once the email queue drains,
// whether every signup was stored and every email delivered. Missed targets are printed, not
// fatal; a lost signup or email, a 5xx or a failed start exits 1.
import os from "node:os";
import pg from "pg";
import { coresUsed, sampleCpu } from "./support/cpu-usage";
import { fixed, reportTargets, table } from "./support/format";
import { percentile, postAll, type PostResult } from "./support/post-load";
import { prepareSignups } from "./support/signup-forms";
import { countStore, describeDeliveries, readRuntime } from "./support/signup-store";
import { onCleanup, progress, runBench } from "./support/run-bench";
import { optionValue } from "./support/site-pages";
import { SITE_URL, startSite } from "./support/start-site";

const TARGET_RATE = 200;
const TARGET_P99_MS = 300;
const TARGET_CONNECTIONS = 50;
const EMAILS_PER_SIGNUP = 2; // staff notification + volunteer confirmation
const DRAIN_TIMEOUT_MS = 120_000;
// The anti-abuse checks would refuse a benchmark: it answers instantly, from one address.
const BENCH_ENV = {
  SIGNUP_MIN_SECONDS: "0",
  SIGNUP_LIMIT_PER_IP: "1000000",
  SIGNUP_LIMIT_PER_EMAIL: "1000000",
  CONFIRMATION_EMAILS_PER_HOUR: "1000000",
};

function wholeNumber(name: string, fallback: number, min = 1): number {
  const value = Number(optionValue(process.argv, name) ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return value;
}

const isSuccess = (r: PostResult) => r.status === 303 && Boolean(r.location?.includes("/volunteer/thanks"));

/** The visible text of a page, for a readable example of a form that came back with errors. */
const pageText = (html = "") =>
  (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 400);

async function waitForDrain(client: pg.Client, mailDirectory: string, expected: number) {
  const started = performance.now();
  let lastLine = started;
  for (;;) {
    const counts = await countStore(client, mailDirectory);
    const elapsed = performance.now() - started;
    if ((counts.deliveries.sent ?? 0) >= expected && counts.mailFiles >= expected) return { counts, elapsed };
    if (elapsed > DRAIN_TIMEOUT_MS) return { counts, elapsed };
    if (performance.now() - lastLine >= 5_000) {
      lastLine = performance.now();
      const state = describeDeliveries(counts.deliveries);
      progress(`Queue: ${state}; ${counts.mailFiles}/${expected} .eml files (${fixed(elapsed / 1000)} s)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function main() {
  const signups = wholeNumber("--signups", 2000);
  const connections = wholeNumber("--connections", 50);
  // The first posts after a start load and compile the action's code and meet idle
  // connections: not the steady state the figures describe. They are stored and emailed like
  // the rest.
  const warmup = wholeNumber("--warmup", 100, 0);
  const stored = warmup + signups;
  const expectedEmails = stored * EMAILS_PER_SIGNUP;
  const config = Object.entries(BENCH_ENV).map(([key, value]) => `${key}=${value}`);

  progress(`Starting the site (scripts/start.ts start) with ${config.join(" ")}…`);
  const site = await startSite({ env: BENCH_ENV });
  const runtime = await readRuntime(site.dataDir);
  const client = new pg.Client({ connectionString: runtime.databaseUrl });
  // The database going away mid-run surfaces as a failed query, not an unhandled event.
  client.on("error", () => {});
  await client.connect();
  onCleanup(() => client.end());

  progress(`Site up at ${site.url}; fetching ${stored} forms, one token each (not timed)…`);
  const prepared = await prepareSignups(site.url, stored, connections);
  progress(`Posting ${stored} signups, ${connections} in flight; the first ${warmup} warm up, untimed…`);
  // One stream: the timed posts start with the connections already busy, as in steady use,
  // not all at once after a pause.
  let cpuBefore = warmup === 0 ? sampleCpu(site.pid) : undefined;
  const all = await postAll({ serverUrl: site.url, siteUrl: SITE_URL }, prepared, connections, (index) => {
    if (index === warmup) cpuBefore = sampleCpu(site.pid);
  });
  const cpu = coresUsed(await cpuBefore!, await sampleCpu(site.pid));
  const results = all.results.slice(warmup);
  const runStart = Math.min(...results.map((r) => r.startedAt));
  const wallMs = Math.max(...results.map((r) => r.startedAt + r.ms)) - runStart;
  const rate = signups / (wallMs / 1000);
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const [p50, p99] = [percentile(latencies, 0.5), percentile(latencies, 0.99)];
  const failures = results.filter((r) => !isSuccess(r));
  const serverErrors = failures.filter((r) => r.status >= 500);
  progress(`${fixed(rate)} signups/s, p50 ${fixed(p50)} ms, p99 ${fixed(p99)} ms; waiting for the emails…`);

  const { counts, elapsed } = await waitForDrain(client, runtime.mailDirectory, expectedEmails);
  const delivered = Math.min(counts.mailFiles, counts.deliveries.sent ?? 0);
  const lost = expectedEmails - delivered;

  console.log(
    `\nSignup benchmark: ${signups} signups timed after ${warmup} to warm up, ${connections} connections, \`next start\` build`,
  );
  const cpus = os.cpus();
  console.log(`Machine: ${cpus.length} cores (${cpus[0]?.model.trim()}), Node ${process.version}`);
  console.log(`Config: ${config.join(", ")} (anti-abuse limits off so they do not interfere)`);
  console.log("No-JavaScript form POSTs (server action); the GETs for the tokens are not timed.\n");
  const rows = [
    ["signups/s", fixed(rate), connections === TARGET_CONNECTIONS ? `≥ ${TARGET_RATE}` : "-"],
    ["p50 latency, ms", fixed(p50), ""],
    ["p99 latency, ms", fixed(p99), connections === TARGET_CONNECTIONS ? `< ${TARGET_P99_MS}` : "-"],
    ["failed POSTs (not 303)", `${failures.length}`, "0"],
    ["rows stored (all posts)", `${counts.signups}`, `${stored}`],
    ["duplicate rows", `${counts.duplicates}`, "0"],
    ["emails delivered (.eml)", `${counts.mailFiles}`, `${expectedEmails}`],
    ["deliveries by status", describeDeliveries(counts.deliveries), `${expectedEmails} sent`],
    ["emails lost", `${lost}`, "0"],
    ["queue drained after posts, s", fixed(elapsed / 1000, 1), ""],
    ["signups/s, posts + email drain", fixed(signups / ((wallMs + elapsed) / 1000)), ""],
  ];
  console.log(table(["figure", "value", "target"], rows));
  const cpuRows = cpu.map(([name, cores]) => [name, fixed(cores, 2)]);
  console.log(`\n${table(["CPU during the posts", "cores busy"], cpuRows)}`);
  // A tail spread over the run is queueing; one bunched in a second or two is a stall (a long
  // garbage collection, the machine busy elsewhere).
  const slowBySecond = new Map<number, number>();
  for (const r of results.filter((r) => r.ms >= p99)) {
    const second = Math.floor((r.startedAt - runStart) / 1000);
    slowBySecond.set(second, (slowBySecond.get(second) ?? 0) + 1);
  }
  const slowest = [...slowBySecond].sort(([a], [b]) => a - b).map(([second, n]) => `${second} s: ${n}`);
  console.log(`\nThe slowest 1% of posts, by the second of the run they started in: ${slowest.join(", ")}`);
  const others = cpu.find(([name]) => name === "other processes")?.[1] ?? 0;
  if (others > 0.2) console.log(`Other processes kept ${fixed(others, 2)} cores busy: figures are skewed.`);
  if (failures.length) {
    const example = failures.find((r) => r.snippet) ?? failures[0]!;
    console.log(`\nExample failed POST (${example.status}): ${pageText(example.snippet)}`);
  }

  const missed: string[] = [];
  if (connections === TARGET_CONNECTIONS && rate < TARGET_RATE)
    missed.push(`${fixed(rate)} signups/s at ${connections} connections (target ≥ ${TARGET_RATE})`);
  if (connections === TARGET_CONNECTIONS && p99 >= TARGET_P99_MS)
    missed.push(`p99 ${fixed(p99)} ms at ${connections} connections (target < ${TARGET_P99_MS} ms)`);
  if (lost > 0) missed.push(`${lost} of ${expectedEmails} emails not delivered`);
  if (connections !== TARGET_CONNECTIONS)
    console.log(`\nThe rate and p99 targets are for ${TARGET_CONNECTIONS} connections: not checked.`);
  reportTargets(missed);

  const errors = [
    serverErrors.length && `${serverErrors.length} POSTs answered 5xx`,
    counts.signups !== stored && `${counts.signups} rows stored for ${stored} signups`,
    counts.duplicates && `${counts.duplicates} duplicate rows`,
    lost > 0 && `${lost} emails lost`,
    counts.mailFiles > expectedEmails && `${counts.mailFiles - expectedEmails} emails sent twice`,
  ].filter(Boolean);
  if (errors.length) throw new Error(errors.join("; "));
}

await runBench("bench:signup", main);
