// `npm run test:reliability`: each scenario in its own process, one after another, against real
// processes (the production build through `npm start`, PostgreSQL, an SMTP server), broken on
// purpose. Every scenario prints what it did and what it checked; any failed check fails the run.
// `npm run test:reliability -- 3 7` runs only those.
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const scenarios = (await readdir(here))
  .filter((file) => /^\d-.*\.ts$/.test(file))
  .filter((file) => !wanted.length || wanted.includes(file.slice(0, 1)))
  .sort();

const outcomes: string[] = [];
let failed = 0;
const started = Date.now();
for (const file of scenarios) {
  const begun = Date.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(here, file)], { stdio: "inherit" });
    child.once("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) failed += 1;
  outcomes.push(`${code === 0 ? "PASS" : "FAIL"} ${file} (${((Date.now() - begun) / 1000).toFixed(0)} s)`);
}
console.log(`\nReliability scenarios, ${((Date.now() - started) / 1000).toFixed(0)} s in all:`);
for (const line of outcomes) console.log(`  ${line}`);
process.exit(failed ? 1 : 0);
