import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const DEBIAN_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own browser if present. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser of the end-to-end tests: CHROMIUM_PATH, then Debian's chromium-headless-shell
 * (the same Blink without the full browser's headless mode, which took about 45% less CPU for
 * the same tests on the 2-core machine), then whatever findChromium finds. Lighthouse keeps the
 * full browser (findChromium).
 */
export function findTestChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return findChromium();
  return existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : findChromium();
}

export const isHeadlessShell = (executable: string) => executable.endsWith("headless-shell");
