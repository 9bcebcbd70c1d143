import { afterEach, describe, expect, it, vi } from "vitest";
import { startPageCountFlusher, type Queryable } from "./page-count-flusher";
import { createVisitCounter, type CountKey } from "./visit-counter";

// The timing and the hand-over; what PostgreSQL makes of the statement is
// tests/integration/page-counts.test.ts.

const key: CountKey = {
  day: "2026-12-08",
  kind: "view",
  page: "/",
  source: "direct",
  campaign: "",
  role: "",
};

/** A stand-in that records each statement's counts and answers when told. */
function recordingDb() {
  const calls: { counts: unknown; finish: (error?: Error) => void }[] = [];
  const db: Queryable = {
    query: (_text, values) =>
      new Promise((resolve, reject) =>
        calls.push({ counts: values[6], finish: (error) => (error ? reject(error) : resolve(undefined)) }),
      ),
  };
  return { db, calls };
}

afterEach(() => vi.useRealTimers());

describe("the page count flusher", () => {
  it("adds the counts every interval, one statement at a time, and the last ones on stop", async () => {
    vi.useFakeTimers();
    const counter = createVisitCounter();
    const { db, calls } = recordingDb();
    const flusher = startPageCountFlusher({ counter, db, everyMs: 5_000, log: () => {} });

    counter.add(key);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.counts)).toEqual([[1]]);

    // A slow statement: the next tick leaves it alone rather than starting a second one.
    counter.add(key);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(1);
    calls[0]!.finish();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls.map((c) => c.counts)).toEqual([[1], [1]]);
    calls[1]!.finish();

    // Nothing counted, nothing sent.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(2);

    counter.add(key, 7);
    const stopped = flusher.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.counts)).toEqual([[1], [1], [7]]);
    calls[2]!.finish();
    await stopped;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(3);
  });

  it("puts the counts back when the statement fails, logs once, and never throws", async () => {
    const counter = createVisitCounter();
    const logged: string[] = [];
    const failing: Queryable = {
      query: () => Promise.reject(Object.assign(new Error("x"), { code: "ECONNREFUSED" })),
    };
    const flusher = startPageCountFlusher({
      counter,
      db: failing,
      everyMs: 0,
      log: (line) => logged.push(line),
    });
    counter.add(key, 2);
    await flusher.flush();
    counter.add(key);
    await flusher.flush();
    expect(logged).toEqual(["Page counts not added, kept for the next flush: Error code=ECONNREFUSED"]);
    expect(counter.take().rows).toEqual([{ ...key, count: 3 }]);
  });

  it("says how many counts were dropped beyond the counter's bound", async () => {
    const counter = createVisitCounter({ maxKeys: 1 });
    const logged: string[] = [];
    const { db, calls } = recordingDb();
    const flusher = startPageCountFlusher({ counter, db, everyMs: 0, log: (line) => logged.push(line) });
    counter.add(key);
    counter.add({ ...key, page: "/voices" }, 3);
    const flushed = flusher.flush();
    calls[0]!.finish();
    await flushed;
    expect(logged).toEqual([
      "Page counts: 3 dropped, more distinct rows than the counter holds between flushes.",
    ]);
  });
});
