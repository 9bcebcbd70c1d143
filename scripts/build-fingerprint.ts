import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { Env } from "../lib/config/env-schema";

// `npm start` builds only when something that goes into the build changed, so a restart
// takes seconds, not a full `next build`. Every file git tracks (or would: new files count
// before they are added) is fingerprinted unless it is known to stay out of the build, so a
// new file (proxy.ts, instrumentation.ts, a new folder) is covered without anyone listing it.

/** Folders and files that never reach the build: tests, docs, tools run from source. */
const NOT_BUILT_FOLDERS = ["tests/", "docs/", "scripts/", ".ci/", ".github/"];
const NOT_BUILT_FILES = [
  ".gitignore",
  ".prettierignore",
  ".prettierrc.json",
  "eslint.config.mjs",
  "playwright.config.ts",
  "prisma.config.ts",
  "vitest.config.ts",
];
const isNotBuilt = (file: string) =>
  NOT_BUILT_FOLDERS.some((folder) => file.startsWith(folder)) ||
  NOT_BUILT_FILES.includes(file) ||
  /\.test\.tsx?$/.test(file) ||
  file.endsWith(".md");

/** Read by `next build` though git ignores them. */
const ENV_FILES = [".env", ".env.local", ".env.production", ".env.production.local"];

/** Without git (a downloaded archive): what .gitignore leaves out, roughly. */
const UNTRACKED = new Set([
  "node_modules",
  "test-results",
  "playwright-report",
  "lib/generated",
  "next-env.d.ts",
]);

const FINGERPRINT_FILE = "source-fingerprint";
const run = promisify(execFile);

async function gitFiles(root: string): Promise<string[] | null> {
  try {
    const args = ["ls-files", "-z", "--cached", "--others", "--exclude-standard"];
    const { stdout } = await run("git", args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout.split("\0").filter(Boolean);
  } catch {
    return null;
  }
}

async function walk(root: string, relative: string, skip: Set<string>): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name.startsWith(".") || skip.has(file) || entry.name.endsWith(".tsbuildinfo")) return [];
      return entry.isDirectory() ? walk(root, file, skip) : [file];
    }),
  );
  return nested.flat();
}

/**
 * Every file (relative to `root`, `/`-separated) whose content goes into the build; `skip`:
 * folders of local data and build output, which git may not know to ignore.
 */
export async function buildSourceFiles(root: string, skip: string[] = []): Promise<string[]> {
  const files = (await gitFiles(root)) ?? (await walk(root, "", new Set([...UNTRACKED, ...skip])));
  const skipped = (file: string) => skip.some((folder) => file === folder || file.startsWith(`${folder}/`));
  const built = files.filter((file) => !isNotBuilt(file) && !skipped(file));
  return [...new Set([...built, ...ENV_FILES])].sort();
}

/** Configuration baked into prerendered pages: a change means a new build. */
export function buildInputs(env: Partial<Env>): Record<string, string> {
  const entries = Object.entries(env).filter(
    ([key, value]) =>
      (key === "SITE_URL" || key === "RESPONSE_PROMISE_DAYS" || /^(ORG|PRO_BONO)_/.test(key)) &&
      value !== undefined,
  );
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}

export async function computeBuildFingerprint(
  inputs: Record<string, string>,
  options: { root?: string; skip?: string[] } = {},
): Promise<string> {
  const root = options.root ?? process.cwd();
  const hash = createHash("sha256");
  for (const file of await buildSourceFiles(root, options.skip)) {
    // A missing file (deleted, or an absent .env) counts as empty: its name alone is hashed.
    const content = await readFile(path.join(root, file)).catch(() => null);
    hash.update(`${file}\0${content ? createHash("sha256").update(content).digest("hex") : "-"}\0`);
  }
  hash.update(JSON.stringify(inputs));
  return hash.digest("hex");
}

export async function isBuildCurrent(distDir: string, fingerprint: string): Promise<boolean> {
  const saved = await readFile(path.join(distDir, FINGERPRINT_FILE), "utf8").catch(() => "");
  const hasBuild = await stat(path.join(distDir, "BUILD_ID")).then(
    () => true,
    () => false,
  );
  return hasBuild && saved === fingerprint;
}

export function fingerprintPath(distDir: string): string {
  return path.join(distDir, FINGERPRINT_FILE);
}

export type BuildDecision = { isCurrent: boolean; fingerprint: string };

/**
 * The launcher's question before `next build`, asked without building: is the build in
 * NEXT_DIST_DIR (relative to `root`) from these sources and this configuration?
 */
export async function checkBuild(
  env: Pick<Env, "NEXT_DIST_DIR" | "DATA_DIR"> & Partial<Env>,
  root = process.cwd(),
): Promise<BuildDecision> {
  const skip = [env.NEXT_DIST_DIR, env.DATA_DIR].map((dir) => path.relative(root, path.resolve(root, dir)));
  const fingerprint = await computeBuildFingerprint(buildInputs(env), { root, skip });
  return { isCurrent: await isBuildCurrent(path.resolve(root, env.NEXT_DIST_DIR), fingerprint), fingerprint };
}
