import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("start-up configuration", () => {
  it.each([
    ["PORT", "not-a-port"],
    ["SMTP_URL", "http://mail.example.org"],
    ["STAFF_EMAIL_ATTORNEY", "attorneys-at-example"],
  ])("stops `npm start` with one line naming %s before starting anything", async (variable, value) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "pbv-config-"));
    try {
      const result = await run("npx", ["tsx", "scripts/start.ts", "start"], {
        env: { ...process.env, DATA_DIR: path.join(dataDir, "data"), [variable]: value },
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect("code" in result && result.code).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${variable} must be `));
      expect(existsSync(path.join(dataDir, "data"))).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
