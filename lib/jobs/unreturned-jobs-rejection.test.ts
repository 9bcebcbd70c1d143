import { describe, expect, it } from "vitest";
import { carryOnAfterUnreturnedJobs } from "./unreturned-jobs-rejection";

describe("carryOnAfterUnreturnedJobs", () => {
  it("logs graphile-worker's failure to return a released local queue's jobs, and carries on", () => {
    const lines: string[] = [];
    const listener = carryOnAfterUnreturnedJobs((line) => lines.push(line));
    // The message graphile-worker 0.17.3 throws (localQueue.ts, returnJobs in RELEASED mode).
    listener(
      new Error(
        "Error occurred whilst returning jobs from local queue to database queue: the database system is shutting down",
      ),
    );
    expect(lines).toEqual([
      "[worker] A stopped worker pool could not hand its jobs back; they are taken back once it is seen gone",
    ]);
  });

  it("throws any other reason again, so the process ends as without a listener", () => {
    const listener = carryOnAfterUnreturnedJobs(() => {});
    const other = new Error("connect ECONNREFUSED 127.0.0.1:5432");
    expect(() => listener(other)).toThrow(other);
    expect(() =>
      listener("Error occurred whilst returning jobs from local queue to database queue: x"),
    ).toThrow();
  });
});
