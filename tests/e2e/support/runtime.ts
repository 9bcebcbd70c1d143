import { expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { readCaughtMessages, type CaughtMessage } from "../../../lib/dev/mail-catcher";
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

export function caughtMessages(): Promise<CaughtMessage[]> {
  return readCaughtMessages(runtime().mailDirectory);
}

/** Emails about one volunteer: the staff notification (Reply-To them) and their confirmation. */
export async function messagesAbout(email: string) {
  const all = await caughtMessages();
  return {
    staff: all.filter((m) => m.replyTo?.value.some((a) => a.address === email)),
    confirmations: all.filter((m) => m.envelopeTo.includes(email)),
  };
}
