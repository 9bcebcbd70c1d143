// A long run of mixed traffic at a steady rate against a production build (the real `npm
// start` launcher): page views, no-JavaScript signups, and a signed-in admin listing and
// exporting the signups. Prints throughput, p99 latency per kind of request, errors, and the
// resident memory of the server's process tree after the warm-up and at the end: memory that
// keeps growing under steady traffic is a leak that a short benchmark would not show.
// Measures and prints; never asserts (exit 1 only when it cannot run).
import os from "node:os";
import pg from "pg";
import { fixed, table } from "./support/format";
import { percentile, postAll } from "./support/post-load";
import { prepareOne } from "./support/signup-forms";
import { countStore, describeDeliveries, readRuntime } from "./support/signup-store";
import { isInterrupted, onCleanup, progress, runBench } from "./support/run-bench";
import { optionValue, testimonialPath } from "./support/site-pages";
import { signedInStaff } from "./support/staff-session";
import { SITE_URL, startSite } from "./support/start-site";
import { treeMemory, type TreeMemory } from "./support/tree-memory";

// The anti-abuse checks would refuse a benchmark: it answers instantly, from one address, and
// sends more confirmations an hour than the default cap allows.
const SOAK_ENV = {
  SIGNUP_MIN_SECONDS: "0",
  SIGNUP_LIMIT_PER_IP: "1000000",
  SIGNUP_LIMIT_PER_EMAIL: "1000000",
  CONFIRMATION_EMAILS_PER_HOUR: "1000000",
};
const MEMORY_TOLERANCE = 0.2;
const MAX_IN_FLIGHT = 200;
const REQUEST_TIMEOUT_MS = 30_000;
const MB = 1024 * 1024;

type Kind = "home page" | "testimonial" | "form page" | "signup (POST)" | "admin list" | "admin export";
// Shares of the traffic: mostly readers, a steady trickle of signups, a little staff work.
const WEIGHTS: [Kind, number][] = [
  ["home page", 8],
  ["testimonial", 8],
  ["form page", 6],
  ["signup (POST)", 10],
  ["admin list", 6],
  ["admin export", 2],
];

type Outcome = { kind: Kind; ms: number; ok: boolean; detail?: string; at: number };

function positive(name: string, fallback: number, min: number): number {
  const value = Number(optionValue(process.argv, name) ?? fallback);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}`);
  return value;
}

/** Smooth weighted round-robin: the kinds interleave evenly instead of arriving in runs. */
function kindSequence(): () => Kind {
  const credit = new Map<Kind, number>(WEIGHTS.map(([kind]) => [kind, 0]));
  const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  return () => {
    for (const [kind, weight] of WEIGHTS) credit.set(kind, credit.get(kind)! + weight);
    const [kind] = [...credit].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    credit.set(kind, credit.get(kind)! - total);
    return kind;
  };
}

async function timedGet(url: string, cookie?: string): Promise<{ ok: boolean; detail?: string }> {
  const response = await fetch(url, {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  await response.arrayBuffer();
  return response.status === 200 ? { ok: true } : { ok: false, detail: `HTTP ${response.status}` };
}

const mb = (bytes: number) => fixed(bytes / MB);
const growth = (before: number, after: number) =>
  `${after >= before ? "+" : ""}${fixed(((after - before) / before) * 100, 1)}%`;

async function main() {
  const minutes = positive("--minutes", 10, 0.5);
  const rate = positive("--rate", 10, 0.1);
  const durationMs = minutes * 60_000;
  // Long enough for every route to be compiled, connections opened and the JIT settled; a
  // short check run gets a third of its length.
  const warmupMs = Math.min(positive("--warmup", 60, 0) * 1000, durationMs / 3);
  const config = Object.entries(SOAK_ENV).map(([key, value]) => `${key}=${value}`);

  progress(`Starting the site (scripts/start.ts start) with ${config.join(" ")}…`);
  const site = await startSite({ env: SOAK_ENV });
  const runtime = await readRuntime(site.dataDir);
  const client = new pg.Client({ connectionString: runtime.databaseUrl });
  client.on("error", () => {});
  await client.connect();
  onCleanup(() => client.end());

  progress("Site up; signing in an admin (admin:create, set password, sign in)…");
  const cookie = await signedInStaff(site, runtime.databaseUrl, {
    email: "soak.admin@example.org",
    role: "admin",
  });
  const testimonial = await testimonialPath(site.url, process.argv);
  const pages: Partial<Record<Kind, string>> = {
    "home page": "/",
    testimonial,
    "form page": "/volunteer/interpreter",
    "admin list": "/admin/signups",
    "admin export": "/admin/signups/export",
  };

  let signupIndex = 0;
  async function request(kind: Kind): Promise<{ ok: boolean; detail?: string; ms: number }> {
    if (kind === "signup (POST)") {
      // The GET for the form's single-use token is a page view like any other, but untimed.
      const prepared = await prepareOne(site.url, signupIndex++);
      const { results } = await postAll({ serverUrl: site.url, siteUrl: SITE_URL }, [prepared], 1);
      const result = results[0]!;
      const ok = result.status === 303 && Boolean(result.location?.includes("/volunteer/thanks"));
      return { ok, ms: result.ms, detail: ok ? undefined : `HTTP ${result.status}` };
    }
    const started = performance.now();
    const admin = kind === "admin list" || kind === "admin export";
    const outcome = await timedGet(`${site.url}${pages[kind]}`, admin ? cookie : undefined);
    return { ...outcome, ms: performance.now() - started };
  }

  const outcomes: Outcome[] = [];
  const memory: { at: number; value: TreeMemory }[] = [];
  let inFlight = 0;
  let skipped = 0;
  const nextKind = kindSequence();
  const intervalMs = 1000 / rate;
  const started = performance.now();
  const running = new Set<Promise<void>>();
  let afterWarmup: TreeMemory | undefined;
  let lastLine = started;

  progress(
    `Soaking for ${minutes} min at ${rate} requests/s (the first ${fixed(warmupMs / 1000)} s warm up, not counted)…`,
  );
  for (let i = 0; !isInterrupted(); i++) {
    // Open loop: request i leaves at its time whatever the earlier ones are doing, as visitors do.
    const due = started + i * intervalMs;
    if (due - started >= durationMs) break;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const elapsed = performance.now() - started;
    if (!afterWarmup && elapsed >= warmupMs) {
      afterWarmup = await treeMemory(site.pid);
      memory.push({ at: elapsed, value: afterWarmup });
      progress(`Warm-up over: server tree RSS ${mb(afterWarmup.rss)} MB (PSS ${mb(afterWarmup.pss)} MB)`);
    }
    if (performance.now() - lastLine >= 30_000) {
      lastLine = performance.now();
      const now = await treeMemory(site.pid);
      memory.push({ at: elapsed, value: now });
      const failed = outcomes.filter((o) => !o.ok).length;
      progress(
        `${fixed(elapsed / 1000)} s: ${outcomes.length} requests done, ${failed} failed, ${inFlight} in flight; RSS ${mb(now.rss)} MB`,
      );
    }
    const kind = nextKind();
    if (inFlight >= MAX_IN_FLIGHT) {
      skipped++;
      continue;
    }
    inFlight++;
    const at = performance.now() - started;
    const task = request(kind)
      .then(
        (result) => outcomes.push({ kind, at, ms: result.ms, ok: result.ok, detail: result.detail }),
        (error: unknown) =>
          outcomes.push({
            kind,
            at,
            ms: NaN,
            ok: false,
            detail: error instanceof Error ? error.message : String(error),
          }),
      )
      .then(() => {
        inFlight--;
        running.delete(task);
      });
    running.add(task);
  }
  await Promise.all(running);
  const trafficMs = performance.now() - started;
  const atEnd = await treeMemory(site.pid);
  memory.push({ at: trafficMs, value: atEnd });
  const counted = outcomes.filter((o) => o.at >= warmupMs);
  const countedSeconds = (trafficMs - warmupMs) / 1000;

  progress("Traffic over; waiting up to 60 s for the email queue…");
  const deadline = Date.now() + 60_000;
  let store = await countStore(client, runtime.mailDirectory);
  while (Date.now() < deadline && Object.keys(store.deliveries).some((s) => s !== "sent" && s !== "failed")) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    store = await countStore(client, runtime.mailDirectory);
  }

  const cpus = os.cpus();
  console.log(
    `\nSoak: ${minutes} min of mixed traffic at ${rate} requests/s against a production build (\`npm start\`), ` +
      `figures after a ${fixed(warmupMs / 1000)} s warm-up`,
  );
  console.log(`Machine: ${cpus.length} cores (${cpus[0]?.model.trim()}), Node ${process.version}`);
  console.log(`Config: ${config.join(", ")}; load average (1 min) at end ${fixed(os.loadavg()[0]!, 1)}\n`);
  const rows = WEIGHTS.map(([kind]) => {
    const mine = counted.filter((o) => o.kind === kind);
    const ms = mine
      .filter((o) => o.ok)
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    return [
      kind,
      `${mine.length}`,
      fixed(mine.length / countedSeconds, 2),
      fixed(percentile(ms, 0.5)),
      fixed(percentile(ms, 0.99)),
      `${mine.length - ms.length}`,
    ];
  });
  const allMs = counted
    .filter((o) => o.ok)
    .map((o) => o.ms)
    .sort((a, b) => a - b);
  const errors = counted.filter((o) => !o.ok);
  rows.push([
    "all",
    `${counted.length}`,
    fixed(counted.length / countedSeconds, 2),
    fixed(percentile(allMs, 0.5)),
    fixed(percentile(allMs, 0.99)),
    `${errors.length}`,
  ]);
  console.log(table(["kind", "requests", "per second", "p50 ms", "p99 ms", "errors"], rows));
  console.log(
    `\nSignup POSTs time the POST only (the GET for its form token is made first, untimed). ` +
      `Requests not sent because ${MAX_IN_FLIGHT} were already in flight: ${skipped}.`,
  );
  const warmupErrors =
    outcomes.length - counted.length - outcomes.filter((o) => o.at < warmupMs && o.ok).length;
  if (warmupErrors) console.log(`Errors during the warm-up (not counted above): ${warmupErrors}`);
  const reasons = new Map<string, number>();
  for (const o of errors)
    reasons.set(`${o.kind}: ${o.detail}`, (reasons.get(`${o.kind}: ${o.detail}`) ?? 0) + 1);
  for (const [reason, n] of reasons) console.log(`  ${n} × ${reason}`);
  console.log(
    `Signups stored: ${store.signups} (${store.duplicates} duplicates); ` +
      `emails: ${describeDeliveries(store.deliveries)}; .eml files: ${store.mailFiles}`,
  );

  const before = afterWarmup ?? memory[0]!.value;
  const memoryRows = (
    [
      ["server tree RSS", (m: TreeMemory) => m.rss],
      ["  Node.js processes RSS", (m: TreeMemory) => m.nodeRss],
      ["  PostgreSQL RSS", (m: TreeMemory) => m.postgresRss],
      ["server tree PSS", (m: TreeMemory) => m.pss],
    ] as const
  ).map(([label, of]) => [label, mb(of(before)), mb(of(atEnd)), growth(of(before), of(atEnd))]);
  console.log(`\n${table(["memory", "after warm-up MB", "at end MB", "change"], memoryRows)}`);
  console.log(
    `Memory over the run (tree RSS MB): ${memory.map((m) => `${fixed(m.at / 1000)} s ${mb(m.value.rss)}`).join(", ")}`,
  );

  const within = atEnd.rss <= before.rss * (1 + MEMORY_TOLERANCE);
  console.log("");
  console.log(
    within
      ? `MEMORY OK: the server tree's RSS at the end (${mb(atEnd.rss)} MB) is within ${MEMORY_TOLERANCE * 100}% of after warm-up (${mb(before.rss)} MB).`
      : `MEMORY GREW: the server tree's RSS at the end (${mb(atEnd.rss)} MB) is more than ${MEMORY_TOLERANCE * 100}% above after warm-up (${mb(before.rss)} MB).`,
  );
  console.log(
    errors.length === 0 ? "ERRORS: none." : `ERRORS: ${errors.length} requests failed after the warm-up.`,
  );
}

await runBench("bench:soak", main);
