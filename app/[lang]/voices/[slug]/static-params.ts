import { listPublishedTestimonials } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";

/** Every published testimonial's page, prerendered at build. */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const testimonials = await listPublishedTestimonials(getDb());
  return testimonials.map(({ slug }) => ({ slug }));
}
