import { databaseErrorSummary } from "../db/error-summary";
import type { CountRow, VisitCounter } from "./visit-counter";

// Adds what the front door counted to page_counts every few seconds and once more at
// shutdown (decision 035). Each instance adds its own counts (count = count + EXCLUDED.count),
// so any number of them can count the same page. One statement per flush, all rows or none:
// when it fails, the rows go back to the counter and are added with the next flush. Nothing
// here throws into a request, and a log line says how many rows, never which.

// Rows come sorted by key, so two instances adding the same rows lock them in the same order.
const ADD_COUNTS_SQL = `
  INSERT INTO page_counts (day, kind, page, source, campaign, role, count)
  SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
  ON CONFLICT (day, kind, page, source, campaign, role)
  DO UPDATE SET count = page_counts.count + EXCLUDED.count`;

/** A pg Pool or Client. */
export type Queryable = { query(text: string, values: unknown[]): Promise<unknown> };

/** Adds counted rows to page_counts in one statement. */
export async function addPageCounts(db: Queryable, rows: readonly CountRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(ADD_COUNTS_SQL, [
    rows.map((r) => r.day),
    rows.map((r) => r.kind),
    rows.map((r) => r.page),
    rows.map((r) => r.source),
    rows.map((r) => r.campaign),
    rows.map((r) => r.role),
    rows.map((r) => r.count),
  ]);
}

export type FlusherOptions = {
  counter: VisitCounter;
  db: Queryable;
  /** Time between flushes; 0 flushes only when asked (tests). */
  everyMs: number;
  log?: (line: string) => void;
};

export function startPageCountFlusher(options: FlusherOptions) {
  const log = options.log ?? ((line: string) => console.warn(line));
  let running: Promise<void> | undefined;
  let stopped = false;
  let failing = false;

  const flushOnce = async () => {
    const { rows, dropped } = options.counter.take();
    if (dropped > 0)
      log(`Page counts: ${dropped} dropped, more distinct rows than the counter holds between flushes.`);
    if (rows.length === 0) return;
    try {
      await addPageCounts(options.db, rows);
      if (failing) log(`Page counts: added again (${rows.length} rows, with those kept).`);
      failing = false;
    } catch (error) {
      options.counter.putBack(rows);
      // One line when the database goes away, not one every few seconds while it is gone.
      if (!failing) log(`Page counts not added, kept for the next flush: ${databaseErrorSummary(error)}`);
      failing = true;
    }
  };

  /** Adds what was counted so far; one flush at a time (a call during one waits for it, then runs). */
  const flush = async (): Promise<void> => {
    while (running) await running;
    running = flushOnce().finally(() => (running = undefined));
    return running;
  };

  const timer =
    options.everyMs > 0
      ? setInterval(() => {
          if (!running && !stopped) void flush();
        }, options.everyMs)
      : undefined;
  // The timer never keeps the process alive: stop() runs the last flush.
  timer?.unref();

  return {
    flush,
    /** Stops the timer and adds the last counts (once). */
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      await flush();
    },
  };
}

export type PageCountFlusher = ReturnType<typeof startPageCountFlusher>;
