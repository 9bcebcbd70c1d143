// `npm run test:reliability`: each scenario in its own process against real processes (the
// production build through `npm start`, PostgreSQL, an SMTP server), broken on purpose. Every
// scenario prints what it did and what it checked; any failed check fails the run.
// `npm run test:reliability -- 3 7` runs only those.
//
// The build is made current once, first; then two scenarios run at a time (each has its own
// ports, database, SMTP server and data folder, and much of a scenario is waiting for an
// outage or a restart). A scenario's output is printed whole when it ends, so two never
// interleave. RELIABILITY_JOBS=1 runs them one after another.
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DIST_DIR } from "./support/app";
import { E2E_BUILD_ENV } from "../../tests/e2e/e2e-environment";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const wanted = process.argv.slice(2);
const jobs = Math.max(1, Number(process.env.RELIABILITY_JOBS || 2));
const scenarios = (await readdir(here))
  .filter((file) => /^\d-.*\.ts$/.test(file))
  .filter((file) => !wanted.length || wanted.includes(file.slice(0, 1)))
  .sort();

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Runs a command to its end, its output kept rather than printed. */
function runQuiet(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The launcher's own build mode, as every scenario's `npm start` would run it: current after. */
async function buildOnce(): Promise<boolean> {
  const started = Date.now();
  console.log(`Making the build in ${DIST_DIR} current (the launcher's build mode)…`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "reliability-build-"));
  try {
    const { code, output } = await runQuiet(["--import", "tsx", "scripts/start.ts", "build"], {
      ...process.env,
      ...E2E_BUILD_ENV,
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    });
    if (code !== 0) {
      console.error(output);
      console.error("The build for the scenarios failed; its output is above.");
      return false;
    }
    console.log(`Build current (${seconds(started)}).`);
    return true;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (!(await buildOnce())) process.exit(1);

const outcomes = new Map<string, string>();
let failed = 0;
const started = Date.now();
const queue = [...scenarios];
async function worker() {
  for (let file = queue.shift(); file; file = queue.shift()) {
    const begun = Date.now();
    console.log(`Started ${file}`);
    const { code, output } = await runQuiet(["--import", "tsx", path.join(here, file)], process.env);
    process.stdout.write(output);
    if (code !== 0) failed += 1;
    outcomes.set(file, `${code === 0 ? "PASS" : "FAIL"} ${file} (${seconds(begun)})`);
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, scenarios.length) }, worker));
console.log(`\nReliability scenarios, ${jobs} at a time, ${seconds(started)} in all:`);
for (const file of scenarios) console.log(`  ${outcomes.get(file)}`);
process.exit(failed ? 1 : 0);
