// Lighthouse scores and shipped JavaScript for our public pages, beside an empty page built by
// the same Next.js, so the JS figure is what our code adds. Measures and prints; never asserts.
import { EMPTY_TEXT_PATHS, startEmptyNextApp } from "./support/empty-next-app";
import { kib, reportTargets, table } from "./support/format";
import { audit, CATEGORIES, launchChromium, type Category, type PageReport } from "./support/lighthouse-run";
import { progress, runBench } from "./support/run-bench";
import { optionValue, testimonialPath } from "./support/site-pages";
import { startSite } from "./support/start-site";

const SCORE_TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};
/** Form pages must stay light on a phone: a higher bar than content pages. */
const FORM_PERFORMANCE_TARGET = 98;
const FORM_PATHS = ["/volunteer/attorney", "/volunteer/interpreter", "/es/volunteer/interpreter"];
const EXTRA_JS_TARGET_KIB = 25;
/** A Spanish page ships the same code as its English twin: only the words differ. */
const TWIN_JS_TARGET_BYTES = 1000;
const SPANISH_TWINS: [spanish: string, english: string][] = [
  ["/es", "/"],
  ["/es/volunteer/interpreter", "/volunteer/interpreter"],
];

// Chromium reaches every site as `localhost`, the host its canonical and Open Graph URLs name.
const asLocalhost = (url: string) => url.replace("//127.0.0.1:", "//localhost:");
const targetFor = (label: string, id: Category) =>
  FORM_PATHS.includes(label) && id === "performance" ? FORM_PERFORMANCE_TARGET : SCORE_TARGETS[id];

async function main() {
  progress("Starting the site (scripts/start.ts start; builds first if sources changed)…");
  const site = await startSite();
  const voicePath = await testimonialPath(site.url, process.argv);
  progress(`Site up at ${site.url}; testimonial page ${voicePath}`);
  const empty = await startEmptyNextApp();
  progress(`Empty Next.js app up at ${empty.url}`);
  const { port } = await launchChromium();

  const base = asLocalhost(site.url);
  const targets = ["/", voicePath, ...FORM_PATHS, "/es"].map((label) => ({
    label,
    url: `${base}${label}`,
  }));
  // Next.js alone, a heading and a paragraph: the ceiling for any page of ours on this machine.
  const ceilings = EMPTY_TEXT_PATHS.map((path) => ({
    label: `empty app ${path}`,
    url: `${asLocalhost(empty.url)}${path}`,
  }));
  const audited = [...targets, ...ceilings];
  // One Lighthouse run's performance score moves by 2-3 points on this machine: each page is
  // audited `--runs` times, taking turns, and the run with the median performance score is
  // the one reported (as Lighthouse's own computeMedianRun does).
  const runs = Number(optionValue(process.argv, "--runs") ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");
  // A server that has been up a while has loaded each route's code; the first request to a
  // dynamic page (the forms) after a start loads it, which Lighthouse would count as server time.
  for (const { url } of audited) {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }
  const runsOf = new Map<string, PageReport[]>(audited.map(({ label }) => [label, []]));
  for (let round = 1; round <= runs; round++) {
    for (const { label, url } of audited) {
      progress(`Lighthouse (mobile, simulated throttling) ${round}/${runs}: ${url}`);
      const report = await audit(url, port);
      runsOf.get(label)!.push(report);
      const scores = CATEGORIES.map((id) => `${id} ${report.scores[id] ?? "-"}`).join(", ");
      progress(`${label}: ${scores}; JS ${kib(report.scriptBytes)} KiB`);
    }
  }
  const medianOf = ({ label }: { label: string }) => {
    const byScore = [...runsOf.get(label)!].sort(
      (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0),
    );
    return { label, report: byScore[Math.floor((byScore.length - 1) / 2)]!, all: byScore };
  };
  const reports = targets.map(medianOf);
  const ceilingReports = ceilings.map(medianOf);
  progress(`Lighthouse, scripts only (it paints nothing): ${asLocalhost(empty.url)}/`);
  const floor = await audit(`${asLocalhost(empty.url)}/`, port, { scriptsOnly: true });
  progress(`empty Next.js page: JS ${kib(floor.scriptBytes)} KiB`);

  const header = ["page", ...CATEGORIES, "scripts", "JS KiB gz", "JS above empty"];
  const rows = reports.map(({ label, report: r }) => [
    label,
    ...CATEGORIES.map((id) => `${r.scores[id] ?? "-"}`),
    `${r.scriptCount}`,
    kib(r.scriptBytes),
    kib(r.scriptBytes - floor.scriptBytes),
  ]);
  for (const { label, report: r } of ceilingReports) {
    rows.push([
      label,
      `${r.scores.performance ?? "-"}`,
      "-",
      "-",
      "-",
      `${r.scriptCount}`,
      kib(r.scriptBytes),
      "",
    ]);
  }
  rows.push([
    "empty Next.js page",
    ...CATEGORIES.map(() => "-"),
    `${floor.scriptCount}`,
    kib(floor.scriptBytes),
    "",
  ]);
  console.log(
    `\nLighthouse 12.2.3, mobile, default throttling (KiB = 1024 bytes, transfer size); each page's median of ${runs} runs\n`,
  );
  console.log(table(header, rows));
  const indexes = [...runsOf.values()].flat().map((run) => run.benchmarkIndex ?? NaN);
  console.log(
    `Lighthouse's CPU benchmark of this machine over the runs: ${Math.min(...indexes)}-${Math.max(...indexes)} (higher is faster; the simulated phone's CPU time scales with it)`,
  );
  for (const { label, report: r, all } of ceilingReports) {
    console.log(`${label} (Next.js alone, a heading and a paragraph): ${r.metrics} ${overTheRuns(all)}`);
  }

  const missed: string[] = [];
  const ceilingScores = ceilingReports
    .map(({ label, report }) => `${report.scores.performance ?? "-"} (${label.replace("empty app ", "")})`)
    .join(", ");
  for (const { label, report: r, all } of reports) {
    console.log(`\n${label}: ${r.metrics} ${overTheRuns(all)}`);
    for (const id of CATEGORIES) {
      const score = r.scores[id];
      if (score !== undefined && score >= targetFor(label, id)) continue;
      const ceiling = id === "performance" ? `; Next.js alone here: ${ceilingScores}` : "";
      missed.push(`${label} ${id} ${score ?? "no score"} (target ≥ ${targetFor(label, id)}${ceiling})`);
      if (r.failing[id].length) console.log(`  ${id} audits not passed: ${r.failing[id].join("; ")}`);
    }
    for (const warning of r.warnings) console.log(`  Lighthouse warning: ${warning}`);
  }
  for (const { label, report } of reports) {
    const extra = report.scriptBytes - floor.scriptBytes;
    if (extra <= EXTRA_JS_TARGET_KIB * 1024) continue;
    missed.push(
      `${label} ships ${kib(extra)} KiB more JS than the empty page (target ≤ ${EXTRA_JS_TARGET_KIB} KiB)`,
    );
  }
  const jsOf = (label: string) => reports.find((r) => r.label === label)?.report.scriptBytes ?? NaN;
  console.log("\nSpanish pages beside their English twins (JavaScript, transfer size):");
  for (const [spanish, english] of SPANISH_TWINS) {
    const difference = jsOf(spanish) - jsOf(english);
    console.log(`  ${spanish} ${difference >= 0 ? "+" : ""}${difference} bytes against ${english}`);
    if (!(Math.abs(difference) <= TWIN_JS_TARGET_BYTES)) {
      missed.push(
        `${spanish} ships ${difference} bytes more JS than ${english} (target within ±1,000 bytes)`,
      );
    }
  }
  reportTargets(missed);
}

const overTheRuns = (all: PageReport[]) =>
  `(performance over the runs: ${all.map((run) => run.scores.performance ?? "-").join(", ")})`;

await runBench("bench:lighthouse", main);
