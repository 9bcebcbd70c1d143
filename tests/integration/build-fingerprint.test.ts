// `npm start` rebuilds when anything that goes into the build changed (issue 19: an edit of
// proxy.ts or instrumentation.ts was served stale). The launcher's own question, checkBuild
// (scripts/build-fingerprint.ts), asked on a copy of the project's files, with a finished build
// stood in by its two marker files: no `next build` runs here.
import { execFile } from "node:child_process";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBuild, fingerprintPath } from "../../scripts/build-fingerprint";

const git = promisify(execFile);
const ENV = { NEXT_DIST_DIR: ".next-test", DATA_DIR: ".data", SITE_URL: "http://localhost:3000" };
let copy: string;

const isCurrent = async (env: Parameters<typeof checkBuild>[0] = ENV) =>
  (await checkBuild(env, copy)).isCurrent;
const file = (name: string) => path.join(copy, name);

/** What a finished `npm start` build leaves: BUILD_ID and the fingerprint it was built from. */
async function markBuilt() {
  const { fingerprint } = await checkBuild(ENV, copy);
  await mkdir(file(ENV.NEXT_DIST_DIR), { recursive: true });
  await writeFile(file(`${ENV.NEXT_DIST_DIR}/BUILD_ID`), "test");
  await writeFile(fingerprintPath(file(ENV.NEXT_DIST_DIR)), fingerprint);
}

/** Rebuilds after `change`, and is current again once it is undone. */
async function expectRebuildFor(name: string, change: () => Promise<void>, undo: () => Promise<void>) {
  await change();
  expect(await isCurrent(), `${name} changed`).toBe(false);
  await undo();
  expect(await isCurrent(), `${name} restored`).toBe(true);
}

async function expectRebuildOnEdit(name: string) {
  const before = await readFile(file(name), "utf8");
  await expectRebuildFor(
    name,
    () => appendFile(file(name), "\n// edited\n"),
    () => writeFile(file(name), before),
  );
}

beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), "pbv-fingerprint-"));
  const { stdout } = await git("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  for (const name of stdout.split("\0").filter(Boolean)) {
    await cp(name, file(name)).catch(() => {}); // a tracked file deleted in the working tree
  }
  await git("git", ["init", "-q"], { cwd: copy });
  await git("git", ["add", "-A"], { cwd: copy });
});

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

describe("npm start's build decision", () => {
  it("builds when there is no build, and says the build is current when nothing changed", async () => {
    expect(await isCurrent()).toBe(false);
    await markBuilt();
    expect(await isCurrent()).toBe(true);
  });

  it("rebuilds after an edit of proxy.ts, instrumentation.ts, a page or the configuration", async () => {
    for (const name of [
      "proxy.ts",
      "instrumentation.ts",
      "app/[lang]/page.tsx",
      "next.config.ts",
      "package.json",
    ]) {
      await expectRebuildOnEdit(name);
    }
    expect(await isCurrent({ ...ENV, SITE_URL: "https://volunteer.example.org" })).toBe(false);
    // The thank-you page, prerendered, states the promised reply.
    expect(await isCurrent({ ...ENV, RESPONSE_PROMISE_DAYS: 7 })).toBe(false);
  });

  it("rebuilds for a new file nobody listed, before it is added to git", async () => {
    await expectRebuildFor(
      "a new module",
      () => writeFile(file("lib/brand-new-module.ts"), "export const x = 1;\n"),
      () => rm(file("lib/brand-new-module.ts")),
    );
    await expectRebuildFor(
      "a new top-level file",
      () => writeFile(file("middleware-helper.ts"), "export {};\n"),
      () => rm(file("middleware-helper.ts")),
    );
  });

  it("does not rebuild for tests, docs or the tools run from source", async () => {
    await appendFile(file("README.md"), "\nMore words.\n");
    await appendFile(file("scripts/start.ts"), "\n// edited\n");
    await writeFile(file("lib/brand-new.test.ts"), "export {};\n");
    await writeFile(file("tests/integration/brand-new.test.ts"), "export {};\n");
    await writeFile(file("docs/brand-new.md"), "# New\n");
    expect(await isCurrent()).toBe(true);
  });

  it("without git (a downloaded archive) still sees proxy.ts and a new file", async () => {
    await rm(file(".git"), { recursive: true, force: true });
    await markBuilt();
    expect(await isCurrent()).toBe(true);
    await expectRebuildOnEdit("proxy.ts");
    await expectRebuildFor(
      "a new module",
      () => writeFile(file("lib/brand-new-module.ts"), "export const x = 1;\n"),
      () => rm(file("lib/brand-new-module.ts")),
    );
  });
});
