import pg from "pg";
import { readRuntime } from "./signup-store";

// What a benchmarked site's front door counted (decision 035), read from its own database:
// the proof that the "counting on" figures were taken with counting at work.

/** A browser's user agent: autocannon sends none, and the front door counts no robot. */
export const BROWSER_AGENT =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

/** Views in page_counts of the site whose launcher used `dataDir`. */
export async function countedViews(dataDir: string): Promise<number> {
  const { databaseUrl } = await readRuntime(dataDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ views: string }>(
      "SELECT coalesce(sum(count), 0) AS views FROM page_counts WHERE kind = 'view'",
    );
    return Number(result.rows[0]!.views);
  } finally {
    await client.end();
  }
}
