import type { Testimonial } from "@/lib/content/testimonials";
import { TestimonialQuote } from "./testimonial-quote";

export function TestimonialCard({ testimonial, linkLabel }: { testimonial: Testimonial; linkLabel: string }) {
  return (
    <article className="flex flex-col rounded-lg border border-black/10 bg-white p-5 shadow-sm">
      <TestimonialQuote testimonial={testimonial} />
      <p className="mt-4 pl-5 text-base">
        <a href={`/voices/${testimonial.slug}`}>{linkLabel}</a>
      </p>
    </article>
  );
}
