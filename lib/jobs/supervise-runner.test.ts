import { Logger } from "graphile-worker";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { superviseRunner, type StartedRunner } from "./supervise-runner";

type FakeRunner = StartedRunner & { id: number; end(): void; stopped: boolean };

let log: string[];
let runners: FakeRunner[];
let events: string[];
const logger = () => new Logger(() => (level, message) => void log.push(`${level}: ${message}`));

function fakeRunner(id: number): FakeRunner {
  let end!: () => void;
  const done = new Promise<void>((resolve) => (end = resolve));
  const runner: FakeRunner = {
    id,
    done,
    end,
    stopped: false,
    async stop() {
      runner.stopped = true;
      events.push(`stop ${id}`);
      end();
    },
  };
  return runner;
}

/** A start function whose runners the test ends; `failing` starts are refused. */
function starter(options: { failing?: Set<number> } = {}) {
  let calls = 0;
  return async () => {
    calls += 1;
    events.push(`start ${calls}`);
    if (options.failing?.has(calls))
      throw Object.assign(new Error("connect refused"), { code: "ECONNREFUSED" });
    const runner = fakeRunner(calls);
    runners.push(runner);
    return runner;
  };
}

const startedCount = () => events.filter((event) => event.startsWith("start")).length;

beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  runners = [];
  events = [];
});
afterEach(() => vi.useRealTimers());

describe("superviseRunner", () => {
  it("starts a new runner when one ends by itself, after pauses of 1, 2, 4, 8, 16, then 30 s", async () => {
    await superviseRunner(starter(), { logger: logger() });
    const pauses = [1000, 2000, 4000, 8000, 16_000, 30_000, 30_000];
    for (const [i, pause] of pauses.entries()) {
      runners[i]!.end();
      await vi.advanceTimersByTimeAsync(pause - 1);
      expect(startedCount()).toBe(i + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(startedCount()).toBe(i + 2);
    }
    expect(log[0]).toBe("warning: Email worker stopped unexpectedly; starting it again in 1 s");
  });

  it("stops what the ended runner still holds before starting the next", async () => {
    await superviseRunner(starter(), { logger: logger() });
    runners[0]!.end();
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(["start 1", "stop 1", "start 2"]);
  });

  it("pauses 1 s again after a runner that lasted a minute", async () => {
    await superviseRunner(starter(), { logger: logger() });
    runners[0]!.end();
    await vi.advanceTimersByTimeAsync(1000);
    runners[1]!.end();
    await vi.advanceTimersByTimeAsync(2000);
    expect(startedCount()).toBe(3);
    await vi.advanceTimersByTimeAsync(60_000);
    runners[2]!.end();
    await vi.advanceTimersByTimeAsync(1000);
    expect(startedCount()).toBe(4);
  });

  it("tries again, with a longer pause, when a new runner cannot start", async () => {
    await superviseRunner(starter({ failing: new Set([2, 3]) }), { logger: logger() });
    runners[0]!.end();
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(startedCount()).toBe(3);
    await vi.advanceTimersByTimeAsync(3999);
    expect(startedCount()).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(startedCount()).toBe(4);
    expect(runners).toHaveLength(2);
    expect(log).toContain("warning: Email worker could not start (ECONNREFUSED); starting it again in 2 s");
  });

  it("stop() stops the current runner, and no runner starts after it", async () => {
    const supervised = await superviseRunner(starter(), { logger: logger() });
    runners[0]!.end();
    await vi.advanceTimersByTimeAsync(1000);
    await supervised.stop();
    expect(runners[1]!.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(startedCount()).toBe(2);
    expect(log).toHaveLength(1);
  });

  it("stop() during the pause before a restart cancels the restart", async () => {
    const supervised = await superviseRunner(starter(), { logger: logger() });
    runners[0]!.end();
    await vi.advanceTimersByTimeAsync(500);
    await supervised.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(events).toEqual(["start 1", "stop 1"]);
  });

  it("stop() while a new runner is starting stops that runner once it has started", async () => {
    let release!: () => void;
    const slow = starter();
    const supervised = await superviseRunner(
      async () => {
        if (runners.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return slow();
      },
      { logger: logger() },
    );
    runners[0]!.end();
    await vi.advanceTimersByTimeAsync(1000);
    const stopped = supervised.stop();
    release();
    await stopped;
    expect(runners[1]!.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(startedCount()).toBe(2);
  });

  it("passes on an error starting the first runner, and tries no more", async () => {
    await expect(superviseRunner(starter({ failing: new Set([1]) }), { logger: logger() })).rejects.toThrow(
      "connect refused",
    );
    await vi.advanceTimersByTimeAsync(120_000);
    expect(startedCount()).toBe(1);
  });
});
