import type { Page } from "@playwright/test";
import { normalizeSpace } from "./public-routes";

// What of one language's catalog may not show on the other language's pages: every public
// string (the staff area and staff emails are English only, absent from the other catalog), whole, or for one with {placeholders} each
// literal piece of 12 characters or more. Strings the two catalogs share (brand names, "No"),
// and those the twin string contains as they are ("VAWA" in "VAWA (Ley de Violencia contra la
// Mujer)"), say nothing about a page's language and are left out.

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };

/** Every string in a catalog, by its dotted path (array items by index). */
export function catalogLeaves(tree: Tree, path = ""): Map<string, string> {
  if (typeof tree === "string") return new Map([[path, tree]]);
  const entries = Array.isArray(tree) ? tree.map((v, i) => [String(i), v] as const) : Object.entries(tree);
  const out = new Map<string, string>();
  for (const [key, value] of entries) {
    for (const [p, s] of catalogLeaves(value as Tree, path ? `${path}.${key}` : key)) out.set(p, s);
  }
  return out;
}

export type Needle = { path: string; text: string };

const MIN_FRAGMENT = 12;

/** The pieces of `catalog` that must not appear on a page in `twin`'s language. */
export function foreignNeedles(catalog: object, twin: object): Needle[] {
  const twinLeaves = catalogLeaves(twin as Tree);
  const needles: Needle[] = [];
  for (const [path, text] of catalogLeaves(catalog as Tree)) {
    const twinText = twinLeaves.get(path);
    if (twinText === undefined || twinText === text || wordsIn(twinText, normalizeSpace(text))) continue;
    if (!/\{\w+\}/.test(text)) {
      needles.push({ path, text: normalizeSpace(text) });
      continue;
    }
    for (const fragment of text.split(/\{\w+\}/)) {
      const piece = normalizeSpace(fragment);
      if (piece.length >= MIN_FRAGMENT) needles.push({ path, text: piece });
    }
  }
  return needles.filter((needle) => needle.text.length > 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `needle` is in `text` as words, not inside a longer word ("Consent" is not in
 * "Consentimiento"); long needles also in whatever letter case CSS gave them.
 */
function wordsIn(text: string, needle: string): boolean {
  const flags = needle.length >= MIN_FRAGMENT ? "iu" : "u";
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, flags);
  return pattern.test(normalizeSpace(text));
}

/** The needles found in `text`, as `path: needle`. */
export function needlesIn(text: string, needles: Needle[]): string[] {
  const plain = normalizeSpace(text);
  return needles
    .filter(({ text: needle }) => wordsIn(plain, needle))
    .map(({ path, text: needle }) => `${path}: ${needle}`);
}

/**
 * The page's visible text (`innerText`), testimonial quotes aside: they are people's own words
 * in their own language (a `figure[lang]` in another language's page, `[data-quote-paragraph]`).
 */
export function visibleTextWithoutQuotes(page: Page): Promise<string> {
  return page.evaluate(() => {
    const quotes = Array.from(document.querySelectorAll<HTMLElement>("figure[lang], [data-quote-paragraph]"));
    const displays = quotes.map((el) => el.style.display);
    for (const el of quotes) el.style.display = "none";
    const text = document.body.innerText;
    quotes.forEach((el, i) => {
      el.style.display = displays[i]!;
    });
    return text;
  });
}
