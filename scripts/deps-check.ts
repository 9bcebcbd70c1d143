// `npm audit` cannot reach an advisory service from our machines, so this is the check we
// can make: for each runtime dependency, the version installed beside the newest patch of its
// minor, the newest release of its line (what `^installed` allows: the same major, or the same
// minor under 0.x) and the newest release overall. Security fixes ship as patches, so the
// security-relevant packages (they parse requests, hash passwords, send mail or talk to the
// database) must be at the newest patch: exit 1 when one is not. Asks the npm registry
// (`npm view`), one question per package.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { table } from "./bench/support/format";
import { compareVersions, inLine, lineOf, samePatchLine } from "../lib/dev/version-line";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");

export const SECURITY_RELEVANT = new Set([
  "next",
  "react",
  "react-dom",
  "better-auth",
  "@node-rs/argon2",
  "nodemailer",
  "pg",
  "@prisma/client",
  "@prisma/adapter-pg",
  "prisma",
  "graphile-worker",
]);

type Row = {
  name: string;
  installed: string;
  newestPatch: string;
  lineLatest: string;
  latest: string;
  security: boolean;
};

async function installedVersion(name: string): Promise<string> {
  const manifest = await readFile(path.join(ROOT, "node_modules", name, "package.json"), "utf8");
  return (JSON.parse(manifest) as { version: string }).version;
}

async function published(name: string): Promise<{ versions: string[]; latest: string }> {
  const { stdout } = await run("npm", ["view", name, "versions", "dist-tags", "--json"], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const view = JSON.parse(stdout) as { versions: string[] | string; "dist-tags": { latest: string } };
  return { versions: [view.versions].flat(), latest: view["dist-tags"].latest };
}

async function check(name: string): Promise<Row> {
  const installed = await installedVersion(name);
  const { versions, latest } = await published(name);
  const line = versions.filter((v) => inLine(installed, v)).sort(compareVersions);
  return {
    name,
    installed,
    newestPatch: line.filter((v) => samePatchLine(installed, v)).at(-1) ?? installed,
    lineLatest: line.at(-1) ?? installed,
    latest,
    security: SECURITY_RELEVANT.has(name),
  };
}

/** `fn` over `items`, `limit` at a time, results in order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const loop = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: limit }, loop));
  return results;
}

// A prerelease's build hash (Prisma's engines) would make every column as wide as itself.
const short = (version: string) => (version.length > 24 ? `${version.slice(0, 23)}…` : version);

async function main() {
  const manifest = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const names = Object.keys(manifest.dependencies).sort();
  const rows = await mapLimit(names, 4, check);
  const behindPatch = (row: Row) => compareVersions(row.installed, row.newestPatch) < 0;
  const status = (row: Row) =>
    behindPatch(row)
      ? row.security
        ? "PATCH BEHIND (security-relevant)"
        : "patch behind"
      : compareVersions(row.installed, row.lineLatest) < 0
        ? "newer minor in line"
        : "current";
  console.log(
    table(
      [
        "runtime dependency",
        "wanted",
        "installed",
        "newest patch",
        "line",
        "newest of line",
        "newest",
        "status",
      ],
      rows.map((row) => [
        `${row.name}${row.security ? " *" : ""}`,
        short(manifest.dependencies[row.name]!),
        short(row.installed),
        short(row.newestPatch),
        lineOf(row.installed),
        short(row.lineLatest),
        short(row.latest),
        status(row),
      ]),
    ),
  );
  console.log("\n* security-relevant: must be at the newest patch of its minor.");
  const late = rows.filter((row) => row.security && behindPatch(row));
  if (late.length === 0) {
    console.log("All security-relevant dependencies are at the newest patch of their line.");
    return;
  }
  process.exitCode = 1;
  console.log("\nTo bring them up to date (patches only; keep exact pins exact):");
  for (const row of late) console.log(`  npm install ${row.name}@${row.newestPatch}`);
}

await main().catch((error: unknown) => {
  console.error(`deps:check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
