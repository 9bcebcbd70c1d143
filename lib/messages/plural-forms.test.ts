import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { plural } from "./plural";

// Every number that counts something ("3 notes") goes through a plural form, so no page can
// say "1 notes". A plain string may hold a number placeholder only where it counts no noun,
// listed here with its words.

/** Placeholders that stand for a number. */
const NUMBERS = ["count", "max", "min", "hours", "minutes", "days", "changed", "unchanged", "skipped"];

/** Plain strings whose numbers count no noun, as written in English. */
const NOT_A_COUNT = new Set([
  "forms.errors.tooMany", // "Please list at most {max}."
  "forms.errors.number", // "from {min} to {max}"
  "forms.rowCap", // "as many as this form takes ({max})"
  "emails.failureNotice.more", // "…and {count} more"
  "emails.assigned.more", // "And {count} more: every signup assigned to you is at {url}"
  "admin.signupList.allStatuses", // "All ({count})"
  "admin.signupList.statusCount", // "{status} ({count})"
  "admin.bulk.scopeTicked", // "The ticked signups on this page ({count})"
  "admin.bulk.skipped", // "{count} asked for no more emails"
  "admin.bulk.fallback", // "{count} signed up in another language"
  "admin.bulk.send", // "Send to {count}"
  "admin.bulk.applied", // "Done: {changed} changed, {unchanged} already so."
  "admin.signupList.languageSuggestion", // "{language} ({count})"
  "admin.signupList.moreFiltersActive", // "More filters ({count} on)"
]);

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };
type Found = { plain: Map<string, string>; plurals: Map<string, Record<string, Tree>> };

const isPluralNode = (tree: Tree): tree is Record<string, Tree> =>
  typeof tree === "object" && !Array.isArray(tree) && "one" in tree && "other" in tree;

/** A catalog's plain strings and its plural forms, by dotted path. */
function walk(tree: Tree, path = "", found: Found = { plain: new Map(), plurals: new Map() }): Found {
  if (typeof tree === "string") found.plain.set(path, tree);
  else if (isPluralNode(tree)) found.plurals.set(path, tree);
  else {
    const entries = Array.isArray(tree) ? tree.map((v, i) => [String(i), v] as const) : Object.entries(tree);
    for (const [key, value] of entries) walk(value as Tree, path ? `${path}.${key}` : key, found);
  }
  return found;
}

const numbersIn = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").filter((name) => NUMBERS.includes(name));

describe.each([
  ["English", en as Tree],
  ["Spanish", es as Tree],
])("the %s catalog's counts", (_, catalog) => {
  const { plain, plurals } = walk(catalog);

  it("are all plural forms, apart from numbers that count no noun", () => {
    const counting = [...plain]
      .filter(([path, text]) => numbersIn(text).length > 0 && !NOT_A_COUNT.has(path))
      .map(([path, text]) => `${path}: ${text}`);
    expect(counting).toEqual([]);
  });

  it("give each plural form exactly `one` and `other`, and {count} in `other`", () => {
    expect(plurals.size).toBeGreaterThan(5);
    for (const [path, forms] of plurals) {
      expect({ path, keys: Object.keys(forms).sort() }).toEqual({ path, keys: ["one", "other"] });
      expect({ path, other: forms.other }).toEqual({ path, other: expect.stringContaining("{count}") });
    }
  });
});

describe("plural forms in use", () => {
  it("say the privacy page's counts and the form's summary right for 0, 1 and 2", () => {
    const notes = en.admin.privacy.notes;
    expect([0, 1, 2].map((n) => plural("en", notes, n))).toEqual(["0 notes", "1 note", "2 notes"]);
    expect([1, 2].map((n) => plural("es", es.forms.summary, n))).toEqual([
      "Corrija la respuesta de abajo.",
      "Corrija las 2 respuestas de abajo.",
    ]);
    expect([0, 1, 2].map((n) => plural("es", es.forms.charactersLeft, n))).toEqual([
      "Le quedan 0 caracteres.",
      "Le queda 1 carácter.",
      "Le quedan 2 caracteres.",
    ]);
  });

  it("write the limit of a long answer in each language's way", () => {
    expect(plural("en", en.forms.errors.tooLong, 2000)).toBe("Use at most 2,000 characters.");
    expect(plural("es", es.forms.errors.tooLong, 2000)).toBe("Use 2000 caracteres como máximo.");
  });
});
