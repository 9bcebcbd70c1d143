// Views and form opens counted in memory between two flushes to page_counts (issue 24,
// decision 035): one number per day, kind, page, source, campaign and role, never a row per
// request and nothing about the visitor. Pure; the front door adds, the flusher takes.

export type CountKind = "view" | "form_open";

/** One row of page_counts as counted: every column but `count` is part of its key. */
export type CountKey = {
  /** The organization's day, YYYY-MM-DD. */
  day: string;
  kind: CountKind;
  page: string;
  /** "" for a page reached from another page of the site. */
  source: string;
  /** "" for none. */
  campaign: string;
  /** The form's role for a form open, "" for a view. */
  role: string;
};

export type CountRow = CountKey & { count: number };

export type CountSnapshot = {
  rows: CountRow[];
  /** Adds refused since the last snapshot because `maxKeys` rows were already held. */
  dropped: number;
};

/** Distinct rows held between flushes unless told otherwise: a day's pages, sources and campaigns fit many times over. */
export const DEFAULT_MAX_KEYS = 5_000;

// None of the values can hold a newline (bounded words and paths), so it separates them.
const keyOf = (row: CountKey) =>
  `${row.day}\n${row.kind}\n${row.page}\n${row.source}\n${row.campaign}\n${row.role}`;

/**
 * A bounded tally. Beyond `maxKeys` distinct rows a new row is refused (and counted as
 * dropped) while rows already held keep counting: made-up campaign names cannot grow the
 * process's memory, nor push out the pages people actually read.
 */
export function createVisitCounter(options: { maxKeys?: number } = {}) {
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  let rows = new Map<string, CountRow>();
  let dropped = 0;

  const add = (key: CountKey, count = 1): boolean => {
    const id = keyOf(key);
    const row = rows.get(id);
    if (row) {
      row.count += count;
      return true;
    }
    if (rows.size >= maxKeys) {
      dropped += count;
      return false;
    }
    rows.set(id, { ...key, count });
    return true;
  };

  return {
    /** Counts one (or `count`) for this row; false when it was dropped. */
    add,

    /** What was counted since the last take, in key order (so instances lock rows alike), and a fresh start. */
    take(): CountSnapshot {
      const snapshot = {
        rows: [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row),
        dropped,
      };
      rows = new Map();
      dropped = 0;
      return snapshot;
    },

    /** Puts back rows a flush could not store, to go with the next one (within the same bound). */
    putBack(snapshot: CountRow[]): void {
      for (const { count, ...key } of snapshot) add(key, count);
    },

    /** Distinct rows held now. */
    size: () => rows.size,
  };
}

export type VisitCounter = ReturnType<typeof createVisitCounter>;
