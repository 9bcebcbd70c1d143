import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type Runtime = { databaseUrl: string; smtpUrl: string | null; mailDirectory: string };

/** What the launcher wrote for local tools: this run's database and mail folder. */
export async function readRuntime(dataDir: string): Promise<Runtime> {
  const file = path.join(dataDir, "runtime.json");
  const text = await readFile(file, "utf8").catch(() => {
    throw new Error(`${file} is missing: the launcher did not start its own database and mail catcher`);
  });
  return JSON.parse(text) as Runtime;
}

export type StoreCounts = {
  signups: number;
  /** Rows beyond one per (email, role): what a double submission would leave. */
  duplicates: number;
  deliveries: Record<string, number>;
  mailFiles: number;
};

export async function countStore(client: pg.Client, mailDirectory: string): Promise<StoreCounts> {
  const signups = await client.query<{ rows: string; distinct: string }>(
    "SELECT count(*) AS rows, count(DISTINCT (email, role)) AS distinct FROM signups",
  );
  const statuses = await client.query<{ status: string; count: string }>(
    "SELECT status, count(*) AS count FROM email_deliveries GROUP BY status",
  );
  const files = await readdir(mailDirectory).catch(() => [] as string[]);
  const { rows, distinct } = signups.rows[0]!;
  return {
    signups: Number(rows),
    duplicates: Number(rows) - Number(distinct),
    deliveries: Object.fromEntries(statuses.rows.map((row) => [row.status, Number(row.count)])),
    mailFiles: files.filter((file) => file.endsWith(".eml")).length,
  };
}

export const describeDeliveries = (deliveries: Record<string, number>) =>
  Object.entries(deliveries)
    .map(([status, count]) => `${count} ${status}`)
    .join(", ") || "none";
