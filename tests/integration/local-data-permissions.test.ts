import { chmod, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/config/env-schema";
import { startLocalServices } from "../../lib/dev/local-services";
import { isRoot, postgresAccount } from "../../lib/dev/private-files";

const mode = async (file: string) => (await stat(file)).mode & 0o777;

async function startIn(dataDir: string) {
  const env = parseEnv({ DATA_DIR: dataDir });
  return startLocalServices(env, { needsMail: true, log: () => {} });
}

async function useServices(services: Awaited<ReturnType<typeof startIn>>) {
  const client = new pg.Client({ connectionString: services.databaseUrl });
  await client.connect();
  await client.query("SELECT 1");
  await client.end();
  const transport = nodemailer.createTransport(services.smtpUrl);
  await transport.sendMail({ from: "a@example.org", to: "b@example.org", subject: "x", text: "answers" });
  transport.close();
}

/** DATA_DIR is this account's alone; as root the postgres account may only pass through it. */
async function expectPrivate(dataDir: string) {
  if (isRoot()) {
    expect(await mode(dataDir)).toBe(0o710);
    expect((await stat(dataDir)).gid).toBe((await postgresAccount()).gid);
  } else {
    expect(await mode(dataDir)).toBe(0o700);
  }
  expect(await mode(path.join(dataDir, "session-secret"))).toBe(0o600);
  expect(await mode(path.join(dataDir, "runtime.json"))).toBe(0o600);
  expect(await mode(path.join(dataDir, "mail"))).toBe(0o700);
  const mails = (await readdir(path.join(dataDir, "mail"))).filter((f) => f.endsWith(".eml"));
  expect(mails.length).toBeGreaterThan(0);
  for (const mail of mails) expect(await mode(path.join(dataDir, "mail", mail))).toBe(0o600);
  expect(await mode(path.join(dataDir, "postgres"))).toBe(0o700);
}

describe("local data under DATA_DIR", () => {
  it("is private from the first start, and an older, wider DATA_DIR is narrowed at the next", async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), "pbv-data-"));
    await chmod(parent, 0o755); // a home directory others may pass through
    const dataDir = path.join(parent, "data");
    try {
      const first = await startIn(dataDir);
      try {
        await useServices(first);
      } finally {
        await first.stop();
      }
      await expectPrivate(dataDir);

      // As an earlier version left it: everything readable by everyone.
      await chmod(dataDir, 0o755);
      await chmod(path.join(dataDir, "session-secret"), 0o644);
      await chmod(path.join(dataDir, "runtime.json"), 0o644);
      await chmod(path.join(dataDir, "mail"), 0o755);
      const second = await startIn(dataDir);
      try {
        await useServices(second);
      } finally {
        await second.stop();
      }
      await expectPrivate(dataDir);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
