import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

// `npm start` builds only when something that goes into the build changed, so a restart
// takes seconds, not a full `next build`.

const SOURCE_ROOTS = ["app", "components", "lib", "public", "prisma/schema.prisma"];
const SOURCE_FILES = [
  "next.config.ts",
  "postcss.config.mjs",
  "tailwind.config.ts",
  "package-lock.json",
  "tsconfig.json",
];
const FINGERPRINT_FILE = "source-fingerprint";

async function listFiles(entry: string): Promise<string[]> {
  const info = await stat(entry).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [entry];
  const children = await readdir(entry);
  const nested = await Promise.all(children.sort().map((child) => listFiles(path.join(entry, child))));
  return nested.flat();
}

export async function computeBuildFingerprint(buildInputs: Record<string, string>): Promise<string> {
  const hash = createHash("sha256");
  const files = (await Promise.all([...SOURCE_ROOTS, ...SOURCE_FILES].map(listFiles))).flat();
  for (const file of files.filter((f) => !f.endsWith(".test.ts"))) {
    const info = await stat(file);
    hash.update(`${file}\0${info.size}\0${info.mtimeMs}\0`);
  }
  hash.update(JSON.stringify(buildInputs));
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
