import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../../lib/dev/free-port";
import { NEXT_BIN, PROJECT_ROOT, runToEnd, spawnQuiet, waitUntilOk, type Service } from "./process";
import { onCleanup, progress } from "./run-bench";

const TEXT_PAGE = `export default function Page() {
  return (
    <main>
      <h1>Volunteer with us</h1>
      <p>Asylum seekers, detained people and children face immigration judges without a lawyer
      because too few volunteers come forward. A few hours of your time change a life.</p>
    </main>
  );
}
`;

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "empty-next", private: true, type: "module" }),
  // Turbopack will not read files outside its root, and the symlinked node_modules resolves
  // to this project's real folder, so the root must contain both.
  "next.config.ts": `export default {
  poweredByHeader: false,
  generateEtags: false, // as ours: compare pages, not serving options
  turbopack: { root: ${JSON.stringify(commonAncestor())} },
  outputFileTracingRoot: ${JSON.stringify(commonAncestor())},
};
`,
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["dom", "esnext"],
      strict: true,
      noEmit: true,
      module: "esnext",
      moduleResolution: "bundler",
      jsx: "react-jsx",
      isolatedModules: true,
      skipLibCheck: true,
      plugins: [{ name: "next" }],
    },
    include: ["**/*.ts", "**/*.tsx"],
    exclude: ["node_modules"],
  }),
  "app/layout.tsx": `import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return <main />;
}
`,
  // The same empty page behind a dynamic segment, prerendered like /voices/[slug]: what
  // Next.js itself spends matching a route with a parameter.
  "app/p/[slug]/page.tsx": `export function generateStaticParams() {
  return [{ slug: "one" }];
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  return <main>{(await params).slug}</main>;
}
`,
  // A heading and a paragraph and nothing else, once prerendered and once rendered per request
  // like our forms: the best Lighthouse score a page of this Next.js can reach on this machine.
  "app/text/page.tsx": TEXT_PAGE,
  "app/text/per-request/page.tsx": `export const dynamic = "force-dynamic";
${TEXT_PAGE}`,
};

/** The empty app's text-only pages (see FILES): what Next.js alone scores in Lighthouse. */
export const EMPTY_TEXT_PATHS = ["/text", "/text/per-request"];

/** The empty app's dynamic-segment page (see FILES). */
export const EMPTY_DYNAMIC_PATH = "/p/one";

function commonAncestor(): string {
  const a = path.resolve(os.tmpdir()).split(path.sep);
  const b = PROJECT_ROOT.split(path.sep);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i).join(path.sep) || path.sep;
}

/** A minimal App Router app built and served by this project's own Next.js: the floor to compare with. */
export async function startEmptyNextApp(): Promise<Service> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-empty-next-"));
  onCleanup(() => rm(dir, { recursive: true, force: true }));

  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");

  progress("Building the empty Next.js app (next build)…");
  await runToEnd("next build (empty app)", process.execPath, [NEXT_BIN, "build"], { cwd: dir });
  const port = await findFreePort();
  const args = [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"];
  const server = spawnQuiet("next start (empty app)", process.execPath, args, { cwd: dir });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilOk(server, `${url}/`, 60_000);
  return { url, pid: server.child.pid! };
}
