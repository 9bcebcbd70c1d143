import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TESTIMONIAL_SEED } from "./testimonial-seed";

// The source page lives in the workplace's shared folder beside the repository (CI has it);
// a plain clone does not, and then there is nothing to compare against.
const SOURCE = path.resolve("../shared/content/pro-bono-story.txt");

describe.runIf(existsSync(SOURCE))("the testimonial seed", () => {
  const source = existsSync(SOURCE) ? readFileSync(SOURCE, "utf8") : "";

  it.each(TESTIMONIAL_SEED.map((t) => [t.name, t] as const))("quotes %s word for word", (name, t) => {
    const paragraphs = t.quote.split("\n\n");
    expect(source).toContain(`${name}\n`);
    if (t.affiliation) expect(source).toContain(t.affiliation);
    expect(source).toContain(`“${paragraphs[0]}`);
    expect(source).toContain(`${paragraphs.at(-1)}”`);
  });
});

describe("testimonial slugs", () => {
  it("are unique and URL-safe", () => {
    const slugs = TESTIMONIAL_SEED.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(9);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
