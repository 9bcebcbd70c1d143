import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TESTIMONIAL_SEED } from "./testimonial-seed";

// The organization's pro bono page as published, kept byte for byte beside the seed.
const source = readFileSync(new URL("./source/pro-bono-story.txt", import.meta.url), "utf8");

describe("the testimonial seed", () => {
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
