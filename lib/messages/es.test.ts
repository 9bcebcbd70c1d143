import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { format } from "./format";
import { plural } from "./plural";

// Leaves that are rightly the same in both languages; every other Spanish leaf must differ
// from its English one. The staff area and staff emails are English only: es.ts has none.
const SAME_IN_BOTH = new Set([
  "site.footer.rights", // "© {year} {org}": only placeholders
  "share.emailBody", // "{quote} — {name} {url}": only placeholders
  "share.x", // brand names
  "share.facebook",
  "share.linkedin",
  "share.whatsapp",
  "forms.options.yesNo.no", // "No" is also Spanish
  "forms.options.istanbulTraining.no",
]);

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };

/** Every string in a catalog, by its dotted path (array items by index). */
function leaves(tree: Tree, path = ""): Map<string, string> {
  if (typeof tree === "string") return new Map([[path, tree]]);
  const entries = Array.isArray(tree) ? tree.map((v, i) => [String(i), v] as const) : Object.entries(tree);
  const out = new Map<string, string>();
  for (const [key, value] of entries) {
    for (const [p, s] of leaves(value as Tree, path ? `${path}.${key}` : key)) out.set(p, s);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""))].sort();
}

const STAFF_ONLY = [
  "admin.",
  "forbidden.",
  "emails.staff.",
  "emails.staffLinks.",
  "emails.failureNotice.",
  "emails.assigned.",
  "emails.volunteerChanges.",
];
const english = new Map(
  [...leaves(en as Tree)].filter(([path]) => !STAFF_ONLY.some((prefix) => path.startsWith(prefix))),
);
const spanish = leaves(es as Tree);

describe("the Spanish catalog", () => {
  it("has exactly the English catalog's public strings, by path", () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("keeps every placeholder of each English string, adding none", () => {
    for (const [path, text] of english) {
      expect({ path, placeholders: placeholders(spanish.get(path) ?? "") }).toEqual({
        path,
        placeholders: placeholders(text),
      });
    }
  });

  it("translates every string outside the staff area, apart from the allow-list", () => {
    const untranslated = [...english]
      .filter(([path, text]) => spanish.get(path) === text)
      .map(([path]) => path);
    expect(untranslated.sort()).toEqual([...SAME_IN_BOTH].sort());
  });

  it("has no staff-only words (the compiler refuses them too)", () => {
    expect(Object.keys(es)).not.toContain("admin");
    expect(Object.keys(es)).not.toContain("forbidden");
    expect(Object.keys(es.emails).sort()).toEqual([
      "confirmation",
      "link",
      "manage",
      "message",
      "onboardingReminder",
      "proposal",
      "roleNames",
      "selfChange",
    ]);
  });

  it("has as many story paragraphs and privacy sections as English", () => {
    expect(es.home.story).toHaveLength(en.home.story.length);
    expect(es.privacy.sections).toHaveLength(en.privacy.sections.length);
  });

  it("fills placeholders into Spanish sentences", () => {
    expect(plural("es", es.forms.charactersLeft, 12)).toBe("Le quedan 12 caracteres.");
    expect(format(es.forms.errors.number, { min: 1, max: 40 })).toBe(
      "Escriba un número entero entre 1 y 40.",
    );
    expect(format(es.emails.confirmation.thanks, { role: es.emails.roleNames.medical })).toMatch(
      /^Gracias por inscribirse como persona voluntaria en el área de salud\./,
    );
  });
});
