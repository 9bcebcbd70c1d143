import { createDb } from "../db/client";
import { seedTestimonials } from "./testimonials";

/** Content every fresh database needs; safe to run on every start. */
export async function seedContent(databaseUrl: string): Promise<string[]> {
  const db = createDb(databaseUrl);
  try {
    const added = await seedTestimonials(db);
    return added ? [`${added} testimonials`] : [];
  } finally {
    await db.$disconnect();
  }
}
