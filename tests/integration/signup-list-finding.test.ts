import { beforeAll, describe, expect, it } from "vitest";
import { listLanguageSuggestions } from "../../lib/admin/language-suggestions";
import { listSignups, PAGE_SIZE } from "../../lib/admin/signup-list";
import { parseSignupView } from "../../lib/admin/signup-view";
import type { StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import { languageKey } from "../../lib/signup/language-key";
import { seedSignup, signedInStaff } from "../support/list-signups";
import { staffAuthDatabase } from "../support/staff-auth";

// Finding people in the list (issue 21): the language filter whatever the spelling, the
// suggestions it offers, and the orders by name and waiting time, page by page.

const current = staffAuthDatabase();
let db: Db;
let reviewer: StaffContext;
const id: Record<string, string> = {};
const view = (query: string) => parseSignupView(new URLSearchParams(query));
const found = async (query: string) =>
  (await listSignups(db, reviewer, view(query))).rows.map((row) => row.id).sort();
const people = (...names: string[]) => names.map((name) => id[name]!).sort();
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

beforeAll(async () => {
  ({ db } = current());
  reviewer = await signedInStaff(current().deps, "finder@example.org");
  const languages: Record<string, string[]> = {
    curly: ["K’iche’"],
    straight: ["k'iche'", "Spanish"],
    plain: ["KICHE"],
    spanish: ["Spanish"],
    todos: ["Mam (Todos Santos)"],
    french: ["Français"],
  };
  let n = 0;
  for (const [name, spoken] of Object.entries(languages)) {
    n += 1;
    id[name] = await seedSignup(db, {
      role: "attorney",
      n,
      createdAt: day(1000 + n),
      fields: Object.fromEntries(
        spoken.flatMap((language, i) => [
          [`languages.${i}.name`, language],
          [`languages.${i}.proficiency`, "fluent"],
        ]),
      ),
    });
  }
});

describe("the language filter", () => {
  it.each([
    ["K’iche’", "curly plain straight"],
    ["k'iche'", "curly plain straight"],
    ["kiche", "curly plain straight"],
    ["KICHE", "curly plain straight"],
    ["span", "spanish straight"],
    ["Spanish", "spanish straight"],
    ["todos", "todos"],
    ["mam todos", "todos"],
    ["francais", "french"],
    ["Français", "french"],
    ["iche", ""],
    ["panish", ""],
    ["spanish mam", ""],
  ])("%j finds %s", async (language, expected) => {
    const names = expected.split(" ").filter(Boolean);
    expect(await found(`language=${encodeURIComponent(language)}`)).toEqual(people(...names));
  });

  it("keeps SQL's language_key() and languageKey() to one rule", async () => {
    const examples = [
      "K’iche’",
      "k'iche'",
      "Kʼicheʼ",
      "k`iche`",
      "  Spanish  ",
      "Français",
      "Português (Brasil)",
      "Mam (Todos Santos)",
      "Q'anjob'al",
      "Haitian   Creole",
      "Tigrinya/Amharic",
      "Русский",
      "中文",
      "'’",
    ];
    const rows = await db.$queryRaw<{ key: string }[]>`
      SELECT language_key(name) AS key FROM unnest(${examples}::text[]) WITH ORDINALITY AS e(name, i) ORDER BY i`;
    expect(rows.map((row) => row.key)).toEqual(examples.map(languageKey));
    expect(rows.map((row) => row.key)).toEqual([
      "kiche",
      "kiche",
      "kiche",
      "kiche",
      "spanish",
      "francais",
      "portugues brasil",
      "mam todos santos",
      "qanjobal",
      "haitian creole",
      "tigrinya amharic",
      "русскии",
      "中文",
      "",
    ]);
  });
});

describe("language suggestions", () => {
  it("name each language once, under its most common spelling, with how many signups named it", async () => {
    const suggestions = await listLanguageSuggestions(db, reviewer, { maxAgeMs: 0 });
    // Three spellings of K'iche', once each: the first in code-point order is shown.
    expect(suggestions).toEqual([
      { name: "K'iche'", count: 3 },
      { name: "Spanish", count: 2 },
      { name: "Français", count: 1 },
      { name: "Mam (Todos Santos)", count: 1 },
    ]);
  });

  it("are kept a few minutes, but counted again as soon as a newer signup arrives", async () => {
    const before = await listLanguageSuggestions(db, reviewer);
    expect(await listLanguageSuggestions(db, reviewer)).toBe(before);
    const newer = await seedSignup(db, {
      role: "interpreter",
      n: 900,
      createdAt: day(2000),
      fields: { "languages.0.name": "Q’anjob’al", "languages.0.proficiency": "native" },
    });
    try {
      expect(await listLanguageSuggestions(db, reviewer)).toContainEqual({ name: "Q’anjob’al", count: 1 });
    } finally {
      await db.signup.delete({ where: { id: newer } });
    }
  });
});

describe("orders and pages", () => {
  /** Medical signups 1..60: names in the reverse order of signing up; every third moved on later. */
  const ordered: { n: number; id: string }[] = [];
  beforeAll(async () => {
    for (let n = 1; n <= 60; n += 1) {
      const signupId = await seedSignup(db, {
        role: "medical",
        n,
        createdAt: day(n),
        fields: { firstName: `P${String(61 - n).padStart(2, "0")}`, lastName: "Reyes" },
      });
      if (n % 3 === 0) {
        await db.signup.update({
          where: { id: signupId },
          data: { status: "contacted", statusChangedAt: day(100 + n) },
        });
      }
      ordered.push({ n, id: signupId });
    }
  });

  async function walk(query: string) {
    const pages: { ids: string[]; start: number }[] = [];
    let page = await listSignups(db, reviewer, view(query));
    for (;;) {
      pages.push({ ids: page.rows.map((row) => row.id), start: page.start });
      if (!page.next) break;
      page = await listSignups(db, reviewer, view(`${query}&cursor=${page.next}`));
    }
    const back = await listSignups(db, reviewer, view(`${query}&cursor=${page.previous}`));
    return {
      pages,
      back: { ids: back.rows.map((row) => row.id), start: back.start, previous: back.previous },
    };
  }

  const idsOf = (ns: number[]) => ns.map((n) => ordered[n - 1]!.id);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it.each([
    // Names run P60 (signup 1) down to P01 (signup 60): by name, signup 60 first.
    ["name", range(1, 60).reverse()],
    // Waiting since signing up (days 1-60) for the rest, since the change (days 103-160) for every third.
    ["waiting", [...range(1, 60).filter((n) => n % 3 !== 0), ...range(1, 20).map((k) => 3 * k)]],
    ["oldest", range(1, 60)],
    ["newest", range(1, 60).reverse()],
  ])("%s: every row once, in order, page by page, with each page's position", async (sort, expected) => {
    const { pages, back } = await walk(`role=medical&sort=${sort}`);
    expect(pages.map((p) => p.start)).toEqual([0, PAGE_SIZE]);
    expect(pages.map((p) => p.ids.length)).toEqual([50, 10]);
    expect(pages.flatMap((p) => p.ids)).toEqual(idsOf(expected));
    expect(back).toEqual({ ids: idsOf(expected.slice(0, 50)), start: 0, previous: undefined });
  });

  it("lists each row's waiting time from its last status change, else its signup", async () => {
    const { rows } = await listSignups(db, reviewer, view("role=medical&sort=oldest"));
    expect(rows[0]!.waitingSince).toEqual(day(1));
    expect(rows[2]!.waitingSince).toEqual(day(103));
  });
});
