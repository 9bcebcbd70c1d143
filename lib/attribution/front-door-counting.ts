import type { ServerResponse } from "node:http";
import pg from "pg";
import { addDays, localDay, startOfLocalDay } from "../time/zoned";
import { createVisitClassifier, type CountableRequest, type CountingSite } from "./counted-visit";
import { startPageCountFlusher, type Queryable } from "./page-count-flusher";
import { createVisitCounter } from "./visit-counter";

// The front door's counting (scripts/serve.ts, decision 035): each request it passes on is
// looked at before the page cache answers, so a page served from memory counts as one
// Next.js rendered; the count is kept only once the response has gone out as a 200.

export type VisitCountingSettings = {
  site: CountingSite;
  timeZone: string;
  flushSeconds: number;
  /** The database to add counts to: a URL (its own small pool) or a client a test holds. */
  database: string | Queryable;
  now?: () => number;
  log?: (line: string) => void;
};

/** The organization's day now, worked out again only when a day ends (Intl is not free per request). */
export function dayClock(timeZone: string, now: () => number = Date.now): () => string {
  let day = "";
  let endsAt = 0;
  return () => {
    const at = now();
    if (at >= endsAt) {
      day = localDay(new Date(at), timeZone);
      endsAt = startOfLocalDay(addDays(day, 1), timeZone).getTime();
    }
    return day;
  };
}

export function startVisitCounting(settings: VisitCountingSettings) {
  const counter = createVisitCounter();
  const ownPool =
    typeof settings.database === "string"
      ? new pg.Pool({
          connectionString: settings.database,
          // One flush at a time needs one connection; it is given back between flushes.
          max: 1,
          connectionTimeoutMillis: 3_000,
          // Well within the 9 s a stopping server has (scripts/serve.ts), so the last flush ends in time.
          query_timeout: 5_000,
          application_name: "page-counts",
        })
      : undefined;
  // An idle connection's error (the server restarting) must not end the process.
  ownPool?.on("error", () => {});
  const flusher = startPageCountFlusher({
    counter,
    db: ownPool ?? (settings.database as Queryable),
    everyMs: settings.flushSeconds * 1000,
    log: settings.log,
  });
  const today = dayClock(settings.timeZone, settings.now);
  const classify = createVisitClassifier(settings.site);

  return {
    counter,
    flush: flusher.flush,

    /** Looks at a request the front door passes on; counts it once its response has ended as a 200. */
    count(request: CountableRequest, response: ServerResponse): void {
      try {
        const visits = classify(request);
        if (visits.length === 0) return;
        response.once("finish", () => {
          if (response.statusCode !== 200) return;
          const day = today();
          for (const visit of visits) counter.add({ day, ...visit });
        });
      } catch {
        // Counting never stands in a page's way.
      }
    },

    /** The last flush, then the pool closed: for shutdown. */
    async stop(): Promise<void> {
      await flusher.stop();
      await ownPool?.end().catch(() => {});
    },
  };
}

export type VisitCounting = ReturnType<typeof startVisitCounting>;
