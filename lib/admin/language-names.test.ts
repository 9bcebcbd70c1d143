import { describe, expect, it } from "vitest";
import { languageName, mergeSpellings } from "./language-names";

describe("mergeSpellings", () => {
  it("makes one suggestion of each language's spellings, under the most common, most named first", () => {
    expect(
      mergeSpellings([
        { name: "k'iche'", count: 90 },
        { name: "spanish", count: 400 },
        { name: "k’iche’", count: 5 },
        { name: "kiche", count: 7 },
        { name: "mam (todos santos)", count: 3 },
        { name: "'", count: 2 },
        { name: "español", count: 3 },
        { name: "espanol", count: 1 },
      ]),
    ).toEqual([
      { name: "Spanish", count: 400 },
      { name: "K'iche'", count: 102 },
      { name: "Español", count: 4 },
      { name: "Mam (Todos Santos)", count: 3 },
    ]);
  });
});

describe("languageName", () => {
  it("capitalises each word", () => {
    expect(languageName("haitian creole")).toBe("Haitian Creole");
    expect(languageName("q'anjob'al")).toBe("Q'anjob'al");
  });
});
