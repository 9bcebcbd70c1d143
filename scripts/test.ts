// `npm test`: the unit, integration and end-to-end tests, in that order, stopping at the first
// part that fails. The end-to-end site's production build (a minute or two of CPU) is made in
// the background while the unit and integration tests run, by the launcher's own `build` mode
// with the end-to-end configuration, so `npm run test:e2e` finds it current and only serves it.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
// Chooses this run's port (E2E_PORT, inherited by every child) before anything starts.
import { E2E_BUILD_ENV, E2E_PORT } from "../tests/e2e/e2e-environment";

const log = (line: string) => console.log(`[test] ${line}`);
const children = new Set<ChildProcess>();

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; logFile?: string } = {}) {
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    stdio: options.logFile ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  if (options.logFile) {
    const file = createWriteStream(options.logFile);
    child.stdout!.pipe(file);
    child.stderr!.pipe(file);
  }
  children.add(child);
  const exited = new Promise<number>((resolve) =>
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
  return { child, exited };
}

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

async function main(): Promise<number> {
  const started = Date.now();
  // The build's own data folder (its database for the seed content the pages are built with);
  // made private by the launcher, so the log sits beside it.
  const buildDir = await mkdtemp(path.join(os.tmpdir(), "pbv-e2e-build-"));
  const buildLog = `${buildDir}.log`;
  log(`Building the end-to-end site in the background (port ${E2E_PORT}; its output: ${buildLog})…`);
  const buildStarted = Date.now();
  const build = run(process.execPath, ["--import", "tsx", "scripts/start.ts", "build"], {
    env: {
      ...process.env,
      ...E2E_BUILD_ENV,
      DATA_DIR: buildDir,
      PORT: String(E2E_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    logFile: buildLog,
  });
  let buildTook = "";
  const built = build.exited.then((code) => ((buildTook = seconds(buildStarted)), code));

  const parts: string[] = [];
  try {
    for (const name of ["test:unit", "test:integration"]) {
      const since = Date.now();
      const code = await run("npm", ["run", "--silent", name]).exited;
      parts.push(`${name.slice(5)} ${seconds(since)}`);
      if (code !== 0) return code;
    }
    if (!buildTook) log("Waiting for the end-to-end site's build…");
    if ((await built) !== 0) {
      console.error((await readFile(buildLog, "utf8")).split("\n").slice(-60).join("\n"));
      console.error("[test] The end-to-end site did not build; its output is above.");
      return 1;
    }
    parts.push(`e2e build ${buildTook} (in the background)`);
    const since = Date.now();
    const code = await run("npm", ["run", "--silent", "test:e2e"]).exited;
    parts.push(`e2e ${seconds(since)}`);
    return code;
  } finally {
    log(`${parts.join(", ")}; ${seconds(started)} in all`);
    for (const child of children) child.kill("SIGTERM");
    await built;
    await rm(buildDir, { recursive: true, force: true });
    await rm(buildLog, { force: true });
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill("SIGTERM");
  });
}

process.exit(await main());
