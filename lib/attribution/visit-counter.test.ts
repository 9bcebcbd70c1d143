import { describe, expect, it } from "vitest";
import { createVisitCounter, type CountKey } from "./visit-counter";

const view = (page: string, extra: Partial<CountKey> = {}): CountKey => ({
  day: "2026-12-08",
  kind: "view",
  page,
  source: "direct",
  campaign: "",
  role: "",
  ...extra,
});

describe("the visit counter", () => {
  it("adds up one row per day, kind, page, source, campaign and role", () => {
    const counter = createVisitCounter();
    counter.add(view("/"));
    counter.add(view("/"));
    counter.add(view("/", { source: "whatsapp" }));
    counter.add(view("/", { day: "2026-12-09" }));
    counter.add(view("/voices/ana", { kind: "form_open", role: "interpreter", source: "" }));
    counter.add(view("/voices/ana", { kind: "form_open", role: "medical", source: "" }));
    counter.add(view("/", { campaign: "cle-2026" }), 3);

    expect(counter.take()).toEqual({
      rows: [
        { ...view("/voices/ana", { kind: "form_open", role: "interpreter", source: "" }), count: 1 },
        { ...view("/voices/ana", { kind: "form_open", role: "medical", source: "" }), count: 1 },
        { ...view("/"), count: 2 },
        { ...view("/", { campaign: "cle-2026" }), count: 3 },
        { ...view("/", { source: "whatsapp" }), count: 1 },
        { ...view("/", { day: "2026-12-09" }), count: 1 },
      ],
      dropped: 0,
    });
  });

  it("starts again from nothing after a take", () => {
    const counter = createVisitCounter();
    counter.add(view("/"));
    counter.take();
    expect(counter.take()).toEqual({ rows: [], dropped: 0 });
    counter.add(view("/privacy"));
    expect(counter.take().rows).toEqual([{ ...view("/privacy"), count: 1 }]);
  });

  it("holds at most maxKeys rows: new ones are dropped and said so, held ones keep counting", () => {
    const counter = createVisitCounter({ maxKeys: 3 });
    for (const campaign of ["a", "b", "c", "d", "e"]) counter.add(view("/", { campaign }));
    expect(counter.add(view("/", { campaign: "a" }))).toBe(true);
    expect(counter.add(view("/", { campaign: "f" }), 4)).toBe(false);
    expect(counter.size()).toBe(3);

    const { rows, dropped } = counter.take();
    expect(rows.map((r) => [r.campaign, r.count])).toEqual([
      ["a", 2],
      ["b", 1],
      ["c", 1],
    ]);
    expect(dropped).toBe(6);
    expect(counter.take().dropped).toBe(0);
  });

  it("takes back rows a flush could not store, adding them to what was counted since", () => {
    const counter = createVisitCounter({ maxKeys: 2 });
    counter.add(view("/"));
    const failed = counter.take().rows;
    counter.add(view("/"));
    counter.add(view("/voices"));
    counter.putBack([...failed, { ...view("/privacy"), count: 5 }]);

    const { rows, dropped } = counter.take();
    expect(rows.map((r) => [r.page, r.count])).toEqual([
      ["/", 2],
      ["/voices", 1],
    ]);
    // Even rows put back stay within the bound.
    expect(dropped).toBe(5);
  });

  it("takes a snapshot in key order, whatever order the rows came in", () => {
    const counter = createVisitCounter();
    for (const page of ["/voices/b", "/", "/voices/a", "/privacy"]) counter.add(view(page));
    expect(counter.take().rows.map((r) => r.page)).toEqual(["/", "/privacy", "/voices/a", "/voices/b"]);
  });
});
