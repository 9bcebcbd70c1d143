// Finds a Chromium for the end-to-end tests; as root with apt-get it installs Debian's
// `chromium-headless-shell` (the lighter headless browser, see tests/support/chromium.ts) when
// neither it nor CHROMIUM_PATH is there, falling back to Debian's `chromium`. Never downloads a
// browser build itself.
import { execFileSync, spawnSync } from "node:child_process";
import { findTestChromium, isHeadlessShell } from "../tests/support/chromium";

function tryInstallFromDebian(pkg: string): boolean {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log(`Installing Debian's ${pkg} package for the end-to-end tests (apt-get)…`);
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", pkg], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return true;
  } catch {
    return false;
  }
}

let found = findTestChromium();
if (
  (!found || !(process.env.CHROMIUM_PATH || isHeadlessShell(found))) &&
  tryInstallFromDebian("chromium-headless-shell")
)
  found = findTestChromium();
if (!found && tryInstallFromDebian("chromium")) found = findTestChromium();
if (!found) {
  console.error(
    "No Chromium for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install chromium-headless-shell) or set CHROMIUM_PATH to its binary.",
  );
  process.exit(1);
}
console.log(`End-to-end tests use ${found}`);
