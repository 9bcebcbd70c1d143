import { mkdtemp, readlink, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { findChromium } from "../../../tests/support/chromium";
import { onCleanup } from "./run-bench";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export type PageReport = {
  scores: Record<Category, number | undefined>;
  scriptBytes: number;
  scriptCount: number;
  metrics: string;
  /** Per category, the weighted audits that did not pass. */
  failing: Record<Category, string[]>;
  warnings: string[];
  /** Lighthouse's own CPU benchmark of this machine (higher is faster), to compare runs across machines. */
  benchmarkIndex: number | undefined;
};

export async function launchChromium(): Promise<{ port: number }> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("no Chromium found (set CHROMIUM_PATH or install the chromium package)");
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), "bench-chromium-"));
  onCleanup(() => rm(userDataDir, { recursive: true, force: true }));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    userDataDir,
    logLevel: "silent",
  });
  onCleanup(async () => {
    // chrome-launcher kills Chromium with SIGKILL, which leaves its singleton-socket folder in /tmp.
    const socket = await readlink(path.join(userDataDir, "SingletonSocket")).catch(() => undefined);
    chrome.kill();
    if (socket) await rm(path.dirname(socket), { recursive: true, force: true });
  });
  return { port: chrome.port };
}

/**
 * One Lighthouse run with its defaults: mobile form factor, simulated throttling. `scriptsOnly`
 * is for a page that paints nothing: Lighthouse otherwise gives up on it waiting for a first paint.
 */
export async function audit(
  url: string,
  port: number,
  options: { scriptsOnly?: boolean } = {},
): Promise<PageReport> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    ...(options.scriptsOnly ? { pauseAfterFcpMs: 0 } : { onlyCategories: [...CATEGORIES] }),
    // Not part of any category, so it must be asked for by name.
    onlyAudits: ["network-requests"],
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);

  const requests = lhr.audits["network-requests"]?.details as
    { items: { resourceType?: string; transferSize?: number }[] } | undefined;
  const scripts = (requests?.items ?? []).filter((item) => item.resourceType === "Script");
  const score = (id: Category) => (options.scriptsOnly ? null : lhr.categories[id]?.score);
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [id, score(id) == null ? undefined : Math.round(score(id)! * 100)]),
    ) as PageReport["scores"],
    scriptBytes: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    scriptCount: scripts.length,
    metrics: [
      "first-contentful-paint",
      "largest-contentful-paint",
      "total-blocking-time",
      "cumulative-layout-shift",
    ]
      .map((id) => `${lhr.audits[id]?.title ?? id} ${lhr.audits[id]?.displayValue ?? "?"}`)
      .join(", "),
    failing: Object.fromEntries(
      CATEGORIES.map((id) => [id, failingAudits(lhr, id)]),
    ) as PageReport["failing"],
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

function failingAudits(lhr: Result, category: Category): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1)
    .map((a) => `${a!.id} (${a!.displayValue || a!.score})`);
}
