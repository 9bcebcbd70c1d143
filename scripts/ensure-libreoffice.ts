// Finds LibreOffice for the integration test that opens the signups CSV in Calc; as root with
// apt-get it installs Debian's `libreoffice-calc-nogui`, otherwise it says how to get it.
import { execFileSync, spawnSync } from "node:child_process";
import { findLibreOffice, LIBREOFFICE_MISSING } from "../tests/support/libreoffice";

function tryInstallFromDebian(): boolean {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log("No LibreOffice found: installing Debian's libreoffice-calc-nogui package (apt-get)…");
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "libreoffice-calc-nogui"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return true;
  } catch {
    return false;
  }
}

let found = findLibreOffice();
if (!found && tryInstallFromDebian()) found = findLibreOffice();
if (!found) {
  console.error(LIBREOFFICE_MISSING);
  process.exit(1);
}
console.log(`Integration tests open CSV files in ${found}`);
