import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { dayClock, startVisitCounting } from "./front-door-counting";

const SITE = "https://volunteer.example.org";
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** What the counter reads of a response: its status, and the moment it has gone out. */
const response = (statusCode: number) =>
  Object.assign(new EventEmitter(), { statusCode }) as unknown as ServerResponse;

describe("the organization's day for a count", () => {
  it("is the day in ORG_TIME_ZONE, turning at its midnight, not UTC's", () => {
    let now = Date.parse("2026-12-08T06:59:59Z");
    const today = dayClock("America/Denver", () => now);
    expect(today()).toBe("2026-12-07");
    now = Date.parse("2026-12-08T07:00:00Z");
    expect(today()).toBe("2026-12-08");
    now = Date.parse("2026-12-09T06:59:59Z");
    expect(today()).toBe("2026-12-08");
    now = Date.parse("2026-12-09T07:00:00Z");
    expect(today()).toBe("2026-12-09");
  });
});

describe("the front door's counting", () => {
  const counting = () =>
    startVisitCounting({
      site: { url: SITE, locales: ["en", "es"] },
      timeZone: "America/Denver",
      flushSeconds: 0,
      database: { query: () => Promise.resolve() },
      now: () => Date.parse("2026-12-08T18:00:00Z"),
    });
  const request = { method: "GET", url: "/voices/ana?utm_source=qr", headers: { "user-agent": CHROME } };

  it("counts a page once its response has gone out as a 200, cached or rendered alike", () => {
    const front = counting();
    const ok = response(200);
    front.count(request, ok);
    expect(front.counter.size()).toBe(0);
    ok.emit("finish");
    expect(front.counter.take().rows).toEqual(
      [{ day: "2026-12-08", kind: "view", page: "/voices/ana", source: "qr", campaign: "", role: "" }].map(
        (row) => ({ ...row, count: 1 }),
      ),
    );
  });

  it("does not count a page that was not found, failed, or never finished", () => {
    const front = counting();
    for (const status of [404, 500, 304]) {
      const answer = response(status);
      front.count({ ...request, url: "/voices/no-such-person" }, answer);
      answer.emit("finish");
    }
    front.count(request, response(200));
    expect(front.counter.take()).toEqual({ rows: [], dropped: 0 });
  });
});
