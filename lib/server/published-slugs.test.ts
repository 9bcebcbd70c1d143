import { describe, expect, it } from "vitest";
import { createPublishedSlugs } from "./published-slugs";

function setup(lists: (readonly string[] | Error)[]) {
  let time = 0;
  let reads = 0;
  const errors: unknown[] = [];
  const slugs = createPublishedSlugs({
    ttlMs: 10_000,
    now: () => time,
    load: async () => {
      const next = lists[Math.min(reads++, lists.length - 1)]!;
      if (next instanceof Error) throw next;
      return next;
    },
    onError: (error) => errors.push(error),
  });
  return { slugs, errors, reads: () => reads, advance: (ms: number) => (time += ms) };
}

describe("createPublishedSlugs", () => {
  it("is unknown until read, then holds the slugs in lower case", async () => {
    const { slugs } = setup([["Paul-Cash", "diya-kallivayalil"]]);
    expect(slugs.current()).toBeUndefined();
    await slugs.refresh();
    expect([...slugs.current()!]).toEqual(["paul-cash", "diya-kallivayalil"]);
  });

  it("reads again in the background once older than its time to live, answering from the copy meanwhile", async () => {
    const { slugs, reads, advance } = setup([["a"], ["a", "b"]]);
    await slugs.refresh();
    advance(9_999);
    expect(slugs.current()!.has("b")).toBe(false);
    expect(reads()).toBe(1);
    advance(1);
    expect(slugs.current()!.has("b")).toBe(false);
    // One read however many requests ask meanwhile.
    slugs.current();
    expect(reads()).toBe(2);
    await slugs.refresh();
    expect(slugs.current()!.has("b")).toBe(true);
  });

  it("keeps the copy in hand when a read fails, and says so", async () => {
    const down = new Error("connection refused");
    const { slugs, errors, advance } = setup([["a"], down]);
    await slugs.refresh();
    advance(10_000);
    await slugs.refresh();
    expect(slugs.current()!.has("a")).toBe(true);
    expect(errors).toEqual([down]);
  });
});
