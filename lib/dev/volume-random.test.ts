import { describe, expect, it } from "vitest";
import { between, seededRandom, someOf, weighted } from "./volume-random";

describe("the volume seed's random source", () => {
  it("gives the same sequence for the same seed, and another for another seed", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of draw(9)) expect(value >= 0 && value < 1).toBe(true);
  });

  it("picks some options in the options' own order, within the bounds", () => {
    const random = seededRandom(1);
    const options = ["a", "b", "c", "d", "e"];
    for (let i = 0; i < 200; i++) {
      const chosen = someOf(random, options, 1, 3);
      expect(chosen.length).toBeGreaterThanOrEqual(1);
      expect(chosen.length).toBeLessThanOrEqual(3);
      expect(chosen).toEqual(options.filter((option) => chosen.includes(option)));
    }
    expect(someOf(random, options, 0, 0)).toEqual([]);
  });

  it("never draws an entry of weight zero, and draws by weight", () => {
    const random = seededRandom(2);
    const draws = Array.from({ length: 4000 }, () =>
      weighted(random, [
        ["rare", 1],
        ["never", 0],
        ["common", 3],
      ] as const),
    );
    expect(draws).not.toContain("never");
    const common = draws.filter((d) => d === "common").length / draws.length;
    expect(common).toBeGreaterThan(0.7);
    expect(common).toBeLessThan(0.8);
  });

  it("draws whole numbers between both bounds, each bound included", () => {
    const random = seededRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => between(random, 1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });
});
