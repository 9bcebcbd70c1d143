// Whether /volunteer/me tells a known address from an unknown one (issue 22, decision 029):
// against a production build with one signup, the link form is posted as a browser without
// JavaScript posts it, alternately for the signup's address and for addresses never seen,
// and the two sides' answers are compared byte for byte and their times side by side.
// A different status or body is behaviour and exits 1; the timing is printed, never fatal.
import os from "node:os";
import pg from "pg";
import { fixed, table } from "./support/format";
import { normalisePage, openLinkPage, postLinkRequest, type LinkPage } from "./support/link-request";
import { percentile, postAll } from "./support/post-load";
import { prepareOne } from "./support/signup-forms";
import { readRuntime } from "./support/signup-store";
import { onCleanup, progress, runBench } from "./support/run-bench";
import { optionValue } from "./support/site-pages";
import { SITE_URL, startSite } from "./support/start-site";

const PAGE = "/volunteer/me";
const SENT = `${PAGE}?outcome=sent`;
const TIMING_BOUND_MS = 10;
const DRAIN_TIMEOUT_MS = 30_000;
// One address asks a hundred times from one client: the limits (decision 029) would refuse
// it after 3 and 10, and a refused request queues no job, which is not what is measured. The
// seed signup is posted at once, so the signup form's bot timer is off too.
const BENCH_ENV = {
  VOLUNTEER_LINK_LIMIT_PER_EMAIL: "1000000",
  VOLUNTEER_LINK_LIMIT_PER_IP: "1000000",
  SIGNUP_MIN_SECONDS: "0",
};

type Side = "known" | "unknown";

/** One side's posts: times, and each distinct answer (post and the page it leads to) with its count. */
type Observed = { ms: number[]; answers: Map<string, number> };

function wholeNumber(name: string, fallback: number, min = 1): number {
  const value = Number(optionValue(process.argv, name) ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return value;
}

/**
 * Until the queue is empty: a known address's job (look-up, token, history, email) runs in
 * the server after the answer; waiting keeps it from landing on the next request, which would
 * always be the other side's.
 */
async function waitForQueue(client: pg.Client, settleMs: number): Promise<void> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM graphile_worker.jobs");
    // Then a moment for what follows a job (the mail catcher writing its file, PostgreSQL's
    // writes): without it the known side, always after a link was sent, measured 5-13 ms slower.
    if (rows[0]!.count === "0") return new Promise((resolve) => setTimeout(resolve, settleMs));
    if (Date.now() > deadline) throw new Error(`${rows[0]!.count} jobs still queued after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => percentile(sorted(values), 0.5);

/** Where two texts first differ, with a little of each, for the report. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 60), i + 60));
  return `at character ${i}:\n  known:   ${around(a)}\n  unknown: ${around(b)}`;
}

async function main() {
  const requests = wholeNumber("--requests", 50);
  // The first posts after a start compile the action's code: not what a visitor meets.
  const warmup = wholeNumber("--warmup", 5, 0);
  const settleMs = wholeNumber("--settle", 100, 0);
  const loadAtStart = os.loadavg()[0]!;
  const config = Object.entries(BENCH_ENV).map(([key, value]) => `${key}=${value}`);

  progress(
    `Starting the site (scripts/start.ts start; builds first if sources changed) with ${config.join(" ")}…`,
  );
  const site = await startSite({ env: BENCH_ENV });
  const { databaseUrl } = await readRuntime(site.dataDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  onCleanup(() => client.end());

  progress(`Site up at ${site.url}; one signup through the attorney form…`);
  const seed = await prepareOne(site.url, 0);
  const [seeded] = (await postAll({ serverUrl: site.url, siteUrl: SITE_URL }, [seed], 1)).results;
  if (seeded?.status !== 303 || !seeded.location?.includes("/volunteer/thanks"))
    throw new Error(`the seed signup was answered ${seeded?.status} ${seeded?.location ?? ""}`);
  const { rows: signups } = await client.query<{ email: string }>("SELECT email FROM signups");
  if (signups.length !== 1) throw new Error(`${signups.length} signups stored, not 1`);
  const known = signups[0]!.email;
  // A new address each time, as a stranger probing would send. (The known address's limit
  // counter is updated where a new one's is inserted; one repeated unknown address measured
  // the same.)
  const unknown = (i: number) => `nobody.${i}@example.com`;
  await waitForQueue(client, settleMs);

  const siteOrigin = new URL(SITE_URL);
  let page: LinkPage = await openLinkPage(site.url, siteOrigin, PAGE);
  const observed: Record<Side, Observed> = {
    known: { ms: [], answers: new Map() },
    unknown: { ms: [], answers: new Map() },
  };
  const unexpected: string[] = [];
  progress(
    `Posting the form ${warmup + requests} times for ${known} and for as many unknown addresses, ` +
      `alternately; the first ${warmup} of each warm up, untimed…`,
  );
  for (let i = 0; i < warmup + requests; i++) {
    for (const side of ["known", "unknown"] as const) {
      await waitForQueue(client, settleMs);
      const email = side === "known" ? known : unknown(i);
      const post = await postLinkRequest(site.url, siteOrigin, PAGE, page, email);
      // As the browser does: the redirect's page, whose form the next post uses.
      const location = post.headers.location ?? "";
      if (post.status !== 303 || location !== SENT)
        unexpected.push(`${side}: ${post.status} to ${JSON.stringify(location)}`);
      page = await openLinkPage(site.url, siteOrigin, location || PAGE);
      if (i < warmup) continue;
      const { ms, ...answer } = post;
      const key = JSON.stringify({ post: answer, page: normalisePage(page) });
      observed[side].ms.push(ms);
      observed[side].answers.set(key, (observed[side].answers.get(key) ?? 0) + 1);
    }
    const timed = i + 1 - warmup;
    if (timed > 0 && (timed % 10 === 0 || timed === requests)) {
      progress(
        `${timed}/${requests} pairs; medians so far: known ${fixed(median(observed.known.ms), 1)} ms, ` +
          `unknown ${fixed(median(observed.unknown.ms), 1)} ms`,
      );
    }
  }
  await waitForQueue(client, settleMs);

  // The bench measured what it says only if the known address got links and the others none.
  const { rows: links } = await client.query<{ known: string; others: string }>(
    "SELECT count(*) FILTER (WHERE email = $1) AS known, count(*) FILTER (WHERE email <> $1) AS others FROM volunteer_links",
    [known],
  );
  const linksKnown = Number(links[0]!.known);
  const linksOthers = Number(links[0]!.others);

  const rows = (["known", "unknown"] as const).map((side) => {
    const ms = sorted(observed[side].ms);
    return [
      side === "known" ? `known (${known})` : "unknown (a new address each time)",
      String(ms.length),
      fixed(percentile(ms, 0.5), 1),
      fixed(percentile(ms, 0.9), 1),
      fixed(ms[0]!, 1),
      fixed(ms.at(-1)!, 1),
    ];
  });
  const difference = median(observed.known.ms) - median(observed.unknown.ms);
  console.log(
    `\nLink requests at ${PAGE}: ${requests} per side, alternating known and unknown, after ${warmup} pairs to warm up`,
  );
  const cpus = os.cpus();
  console.log(`Machine: ${cpus.length} cores (${cpus[0]?.model.trim()}), Node ${process.version}`);
  console.log(`Config: ${config.join(", ")} (so no request is refused)`);
  console.log(
    "Each: the form's POST as a browser without JavaScript sends it (the page's hidden inputs, Origin), " +
      `timed to the last byte, one at a time, ${settleMs} ms after the email queue is empty; ` +
      "then the GET of its redirect, untimed.\n",
  );
  console.log(table(["address", "posts", "median ms", "p90 ms", "min ms", "max ms"], rows));
  const within = Math.abs(difference) <= TIMING_BOUND_MS;
  console.log(
    `\nDifference of medians (known − unknown): ${difference >= 0 ? "+" : ""}${fixed(difference, 1)} ms: ` +
      `${within ? "within" : "NOT within"} ${TIMING_BOUND_MS} ms (reported, not checked: this machine is shared)`,
  );
  console.log(
    `Load average (1 min) at start ${fixed(loadAtStart, 1)}, at end ${fixed(os.loadavg()[0]!, 1)} on ${cpus.length} cores.`,
  );
  console.log(
    `Links stored: ${linksKnown} for the known address (expected ${warmup + requests}), ${linksOthers} for the unknown ones (expected 0).`,
  );

  const [knownAnswers, unknownAnswers] = [observed.known.answers, observed.unknown.answers].map((m) => [
    ...m.keys(),
  ]);
  const same =
    knownAnswers!.length === 1 && unknownAnswers!.length === 1 && knownAnswers![0] === unknownAnswers![0];
  console.log(
    "\nCompared, whole: the POST's status, headers (all but Date, Connection and Keep-Alive) and body, " +
      "and the page its redirect leads to, with its form token (in the hidden input and in React's payload) " +
      "replaced by a placeholder; nothing else is normalised.",
  );
  if (same) {
    const { post } = JSON.parse(knownAnswers![0]!) as {
      post: { status: number; headers: { location?: string } };
    };
    console.log(
      `Identical for both: every post answered ${post.status} to ${post.headers.location}, the same bytes, the same page.`,
    );
  } else {
    console.log(
      `DIFFERENT: ${knownAnswers!.length} distinct answer(s) for the known address, ${unknownAnswers!.length} for the unknown ones.`,
    );
    console.log(firstDifference(knownAnswers![0] ?? "", unknownAnswers![0] ?? ""));
  }

  const errors = [
    !same && "the known and unknown addresses got different answers",
    unexpected.length > 0 &&
      `${unexpected.length} posts not answered 303 to ${SENT} (first: ${unexpected[0]})`,
    linksKnown !== warmup + requests && `${linksKnown} links stored for the known address`,
    linksOthers !== 0 && `${linksOthers} links stored for unknown addresses`,
  ].filter(Boolean);
  if (errors.length) throw new Error(errors.join("; "));
}

await runBench("bench:volunteer-link", main);
