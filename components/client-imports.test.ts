import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What the browser bundles is every module a "use client" file reaches, and what it loads
// later with import(). The signup forms validate with zod/mini, which tree-shakes; one full
// `zod` import anywhere in that reach (a limit imported from a server-side schema module)
// once put all of zod's core into a chunk the forms share, 8 KiB more on every form page,
// unnoticed until bench:lighthouse.

const ROOT = path.resolve(__dirname, "..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The modules a file imports at run time (`import type` and `export type` are erased). */
function valueImports(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)) {
    specifiers.push(match[1]!);
  }
  for (const match of source.matchAll(/^import\s+"([^"]+)"/gm)) specifiers.push(match[1]!);
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  const found = EXTENSIONS.map((extension) => base + extension).find((candidate) =>
    existsSync(path.join(ROOT, candidate)),
  );
  return found ?? (existsSync(path.join(ROOT, base)) && /\.tsx?$/.test(base) ? base : undefined);
}

/** Every package a client file reaches through our own modules, with the path that reaches it. */
function packagesReachedFrom(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      const local = resolveLocal(file, specifier);
      if (local) visit(local, [...trail, local]);
      else if (!reached.has(specifier)) reached.set(specifier, trail);
    }
  };
  visit(entry, [entry]);
  return reached;
}

/** The zod packages `file` reaches that `matches`, each with the path that reaches it. */
function zodReached(file: string, matches: (name: string) => boolean): string[] {
  const reached = packagesReachedFrom(file);
  return [...reached.keys()].filter(matches).map((name) => `${name} via ${reached.get(name)!.join(" → ")}`);
}

/** What signup-form.tsx loads with import() on the first focus. */
const LAZY_FORM_SCHEMAS = path.join("lib", "signup", "forms", "index.ts");

const clientFiles = ["app", "components"]
  .flatMap(sourceFiles)
  .filter((file) => /^\s*["']use client["']/.test(readFileSync(path.join(ROOT, file), "utf8")));

describe("what the browser bundles", () => {
  it("finds the client components", () => {
    expect(clientFiles).toContain(path.join("components", "forms", "signup-form.tsx"));
  });

  // The forms' schemas load on first focus (import() in signup-form.tsx): a form page's
  // first load draws the form from props and carries no zod at all.
  it.each(clientFiles)("%s does not load zod with the page", (file) => {
    expect(
      zodReached(file, (name) => name === "zod" || name.startsWith("zod/")),
      "load schemas with import() on first use, or pass what the page draws as props",
    ).toEqual([]);
  });

  it("the schemas the forms load on first focus reach zod only as zod/mini", () => {
    const form = readFileSync(path.join(ROOT, "components", "forms", "signup-form.tsx"), "utf8");
    expect(form).toContain('import("@/lib/signup/forms")');
    expect(zodReached(LAZY_FORM_SCHEMAS, (name) => name === "zod/mini")).toHaveLength(1);
    expect(
      zodReached(LAZY_FORM_SCHEMAS, (name) => name === "zod" || name.startsWith("zod/v4")),
      "import the value from a module without the full zod",
    ).toEqual([]);
  });
});
