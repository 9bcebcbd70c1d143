import type { Db } from "../db/client";
import { TESTIMONIAL_SEED } from "./testimonial-seed";

/** A testimonial as the seed gives it. */
export type TestimonialSeed = {
  slug: string;
  name: string;
  affiliation: string | null;
  quote: string;
};

/** As the public pages show it: the quote in its own language, and any translations of it. */
export type Testimonial = TestimonialSeed & {
  language: string;
  translations: Partial<Record<string, string>>;
};

const PUBLIC_FIELDS = {
  slug: true,
  name: true,
  affiliation: true,
  quote: true,
  language: true,
  translations: true,
} as const;

type Row = TestimonialSeed & { language: string; translations: unknown };

function toTestimonial(row: Row): Testimonial {
  const translations =
    row.translations && typeof row.translations === "object"
      ? Object.fromEntries(
          Object.entries(row.translations).filter(
            (entry): entry is [string, string] => typeof entry[1] === "string",
          ),
        )
      : {};
  return { ...row, translations };
}

export async function listPublishedTestimonials(db: Db): Promise<Testimonial[]> {
  const rows = await db.testimonial.findMany({
    where: { isPublished: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: PUBLIC_FIELDS,
  });
  return rows.map(toTestimonial);
}

/** The published testimonials' slugs: what the front door needs to tell a shared link that misses. */
export async function listPublishedSlugs(db: Db): Promise<string[]> {
  const rows = await db.testimonial.findMany({ where: { isPublished: true }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

export async function getPublishedTestimonial(db: Db, slug: string): Promise<Testimonial | null> {
  const row = await db.testimonial.findFirst({ where: { slug, isPublished: true }, select: PUBLIC_FIELDS });
  return row ? toTestimonial(row) : null;
}

/**
 * Loads the source page's testimonials that are not in the database yet. Existing rows are
 * left alone, so corrections staff make later are never overwritten.
 */
export async function seedTestimonials(db: Db): Promise<number> {
  const { count } = await db.testimonial.createMany({
    data: TESTIMONIAL_SEED.map((t, index) => ({ ...t, sortOrder: (index + 1) * 10 })),
    skipDuplicates: true,
  });
  return count;
}
