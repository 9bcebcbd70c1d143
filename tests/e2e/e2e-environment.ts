import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The port of this run's site: 3100 when it is free, else any free port, so two checkouts on
 * one machine can test at once. Chosen once, by the runner: it writes E2E_PORT into its own
 * environment, which its workers inherit. Setting E2E_PORT chooses it by hand. `npm test`
 * chooses it minutes before the site listens, so a run also leaves a note of its port (with its
 * pid) that other runs respect while it lives.
 */
const claimFile = (port: number) => path.join(os.tmpdir(), `pro-bono-e2e-${port}.claim`);

function isClaimed(port: number): boolean {
  try {
    const pid = Number(readFileSync(claimFile(port), "utf8"));
    process.kill(pid, 0);
    return pid !== process.pid;
  } catch {
    return false;
  }
}

function freePort(preferred: number): number {
  const script = `const net = require("node:net");
    const listen = (port, next) => { const s = net.createServer().once("error", next);
      s.listen(port, "127.0.0.1", () => { console.log(s.address().port); s.close(); }); };
    listen(${preferred}, () => listen(0, () => process.exit(1)));`;
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}

function choosePort(): number {
  let port = isClaimed(3100) ? freePort(0) : freePort(3100);
  while (isClaimed(port)) port = freePort(0);
  writeFileSync(claimFile(port), String(process.pid));
  return port;
}

process.env.E2E_PORT ||= String(choosePort());
export const E2E_PORT = Number(process.env.E2E_PORT);
export const E2E_URL = `http://localhost:${E2E_PORT}`;
// Its own data folder; the build folder is the checkout's own.
export const E2E_DATA_DIR = path.join(os.tmpdir(), `pro-bono-e2e-${E2E_PORT}`);

/** Configuration baked into the build; every server started by the tests uses the same. */
export const E2E_BUILD_ENV = {
  NEXT_DIST_DIR: ".next-e2e",
  // No second type check and no build cache in this build (next.config.ts says why).
  NEXT_BUILD_FOR_TESTS: "1",
  SITE_URL: E2E_URL,
  PRO_BONO_WEEK_START: "2026-10-25",
  PRO_BONO_WEEK_END: "2026-10-31",
};

/** Run-time settings of the e2e server: staff inboxes per role, quick forms allowed. */
export const E2E_RUNTIME_ENV = {
  STAFF_EMAIL: "staff@example.org",
  STAFF_EMAIL_ATTORNEY: "attorneys@example.org",
  STAFF_EMAIL_INTERPRETER: "interpreters@example.org",
  SIGNUP_MIN_SECONDS: "1",
  SIGNUP_LIMIT_PER_IP: "100000",
  SIGNUP_LIMIT_PER_EMAIL: "5",
  // The whole run's signups fit under it; the cap is tested on its own (integration).
  CONFIRMATION_EMAILS_PER_HOUR: "10000",
  // Tests sign in many times from one address; the per-IP limit is tested on its own.
  SIGN_IN_LIMIT_PER_MINUTE: "1000",
  // Every test asks for links from one address; the limits are tested on their own (integration).
  VOLUNTEER_LINK_LIMIT_PER_IP: "100000",
  // Views reach page_counts within a second, so a test reads them without waiting long.
  PAGE_COUNT_FLUSH_SECONDS: "1",
};

/** Where each role's staff email must arrive: medical has no inbox of its own, so STAFF_EMAIL. */
export const STAFF_INBOX = {
  attorney: E2E_RUNTIME_ENV.STAFF_EMAIL_ATTORNEY,
  medical: E2E_RUNTIME_ENV.STAFF_EMAIL,
  interpreter: E2E_RUNTIME_ENV.STAFF_EMAIL_INTERPRETER,
} as const;
