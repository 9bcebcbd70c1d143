import { expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { simpleParser } from "mailparser";
import type { CaughtMessage } from "../../../lib/dev/mail-catcher";
import { E2E_DATA_DIR } from "../e2e-environment";

// The e2e server's own database and mail folder, found through the launcher's runtime.json.

type Runtime = { databaseUrl: string; mailDirectory: string };

export function runtime(): Runtime {
  return JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "runtime.json"), "utf8")) as Runtime;
}

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: runtime().databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function countSignups(): Promise<number> {
  const [row] = await query<{ count: string }>("SELECT count(*) FROM signups");
  return Number(row!.count);
}

/** Resolves once every queued email has been sent (or has failed for good). */
export async function emailQueueSettled(): Promise<void> {
  const pending = async () => {
    const [row] = await query<{ count: string }>(
      "SELECT count(*) FROM email_deliveries WHERE sent_at IS NULL AND status <> 'failed'",
    );
    return Number(row!.count);
  };
  await expect.poll(pending, { timeout: 30_000 }).toBe(0);
}

/**
 * Every caught email, each parsed once per worker as readCaughtMessages (lib/dev/mail-catcher.ts)
 * parses it: by the end of a run the folder holds hundreds, and each poll for one email used to
 * parse them all again. Keyed by length too, so a file read while the catcher was still writing
 * it is parsed again once whole.
 */
const parsed = new Map<string, { length: number; message: CaughtMessage }>();

export async function caughtMessages(): Promise<CaughtMessage[]> {
  const directory = runtime().mailDirectory;
  const files = (await readdir(directory).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".eml"))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(directory, file));
      const key = path.join(directory, file);
      const known = parsed.get(key);
      if (known?.length === raw.length) return known.message;
      const mail = await simpleParser(raw);
      const envelope = mail.headers.get("x-envelope-to");
      const message = {
        ...mail,
        file,
        envelopeTo: typeof envelope === "string" ? envelope.split(", ").filter(Boolean) : [],
      };
      parsed.set(key, { length: raw.length, message });
      return message;
    }),
  );
}

/** Emails about one volunteer: the staff notification (Reply-To them) and their confirmation. */
export async function messagesAbout(email: string) {
  const all = await caughtMessages();
  return {
    staff: all.filter((m) => m.replyTo?.value.some((a) => a.address === email)),
    confirmations: all.filter((m) => m.envelopeTo.includes(email)),
  };
}
