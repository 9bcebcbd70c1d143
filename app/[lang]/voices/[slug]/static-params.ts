import { listPublishedTestimonials } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";

/** Every published testimonial, prerendered at build: its page and its share card. */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const testimonials = await listPublishedTestimonials(getDb());
  return testimonials.map(({ slug }) => ({ slug }));
}
