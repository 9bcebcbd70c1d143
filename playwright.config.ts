import { defineConfig, devices } from "@playwright/test";
import { findTestChromium } from "./tests/support/chromium";
import { E2E_BUILD_ENV, E2E_DATA_DIR, E2E_PORT, E2E_RUNTIME_ENV, E2E_URL } from "./tests/e2e/e2e-environment";

// The site under test is the real `npm start` path (scripts/start.ts): a production build
// served by `next start`, with its own embedded PostgreSQL and mail catcher under a fresh
// data folder.
export default defineConfig({
  testDir: "tests/e2e",
  // Files run on two workers at once (tests within a file in order): each test makes its own
  // signups and staff and counts only what it made, so none waits on another's state.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS || 2),
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 60_000,
  // A test that changes a setting of the whole site (`*.site-wide.spec.ts`: the Pro Bono Week
  // callout) runs after every other, so no test running beside it sees the site changed.
  // Running one such file alone: `--no-deps`.
  projects: [
    { name: "site", testIgnore: /\.site-wide\.spec\.ts$/ },
    { name: "site-wide settings", testMatch: /\.site-wide\.spec\.ts$/, dependencies: ["site"] },
  ],
  use: {
    baseURL: E2E_URL,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: findTestChromium(),
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && node --import tsx scripts/start.ts start`,
    url: `${E2E_URL}/api/health`,
    env: {
      ...E2E_BUILD_ENV,
      ...E2E_RUNTIME_ENV,
      DATA_DIR: E2E_DATA_DIR,
      PORT: String(E2E_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
