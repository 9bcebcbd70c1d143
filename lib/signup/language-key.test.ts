import { describe, expect, it } from "vitest";
import { languageKey, languageKeys } from "./language-key";

describe("languageKey", () => {
  it.each([
    ["K’iche’", "kiche"],
    ["k'iche'", "kiche"],
    ["KICHE", "kiche"],
    ["Kʼicheʼ", "kiche"],
    ["k`iche`", "kiche"],
    ["  Spanish  ", "spanish"],
    ["Français", "francais"],
    ["Português (Brasil)", "portugues brasil"],
    ["Mam (Todos Santos)", "mam todos santos"],
    ["Q'anjob'al", "qanjobal"],
    ["Haitian   Creole", "haitian creole"],
    ["Tigrinya/Amharic", "tigrinya amharic"],
    ["Русский", "русскии"],
    ["中文", "中文"],
    ["'’", ""],
  ])("%s is %s", (name, key) => {
    expect(languageKey(name)).toBe(key);
  });
});

describe("languageKeys", () => {
  it("keeps each key once, in order, and none empty", () => {
    expect(languageKeys(["k'iche'", "K’iche’", "spanish", "'", "Español"])).toEqual([
      "kiche",
      "spanish",
      "espanol",
    ]);
  });
});
