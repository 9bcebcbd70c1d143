// Finds a Chromium for the end-to-end tests; as root with apt-get it installs Debian's
// `chromium`, otherwise it says how to get one. Never downloads a browser build itself.
import { execFileSync, spawnSync } from "node:child_process";
import { findChromium } from "../tests/support/chromium";

function tryInstallFromDebian(): boolean {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return true;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found && tryInstallFromDebian()) found = findChromium();
if (!found) {
  console.error(
    "No Chromium for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its binary.",
  );
  process.exit(1);
}
console.log(`End-to-end tests use ${found}`);
