import type { Db } from "../db/client";
import { TESTIMONIAL_SEED } from "./testimonial-seed";

/** A testimonial as the public pages show it, and as the seed gives it. */
export type Testimonial = {
  slug: string;
  name: string;
  affiliation: string | null;
  quote: string;
};

const PUBLIC_FIELDS = { slug: true, name: true, affiliation: true, quote: true } as const;

export function listPublishedTestimonials(db: Db): Promise<Testimonial[]> {
  return db.testimonial.findMany({
    where: { isPublished: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: PUBLIC_FIELDS,
  });
}

export function getPublishedTestimonial(db: Db, slug: string): Promise<Testimonial | null> {
  return db.testimonial.findFirst({ where: { slug, isPublished: true }, select: PUBLIC_FIELDS });
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
